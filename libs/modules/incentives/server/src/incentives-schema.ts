import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
/** A `date` column, read and written as "YYYY-MM-DD" (the platform parses dates so). */
type Day = string;
/** bigint cents, read as numbers (the platform parses int8). */
type Cents = ColumnType<number, number, number>;

export interface IncentivesSchemeTable {
  tenantId: string;
  id: Generated<string>;
  slug: string;
  status: Generated<'draft' | 'published' | 'archived'>;
  draft: ColumnType<unknown, string, string>;
  publishedVersion: number | null;
  rowVersion: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface IncentivesSchemeVersionTable {
  tenantId: string;
  schemeId: string;
  version: number;
  content: ColumnType<unknown, string, never>;
  geo: ColumnType<unknown, string, never>;
  publishedAt: CreatedAt;
  publishedBy: string | null;
}

export interface IncentivesEnvelopeTable {
  tenantId: string;
  schemeId: string;
  year: number;
  envelopeCents: Cents;
}

export interface IncentivesApplicationTable {
  tenantId: string;
  id: Generated<string>;
  reference: string;
  schemeId: string;
  schemeVersion: number;
  applicantUserId: string | null;
  status: Generated<string>;
  rowVersion: Generated<number>;
  firstName: string;
  lastName: string;
  email: string;
  phone: Generated<string>;
  birthDate: Day | null;
  profile: ColumnType<unknown, string, string>;
  amountCents: Cents;
  budgetYear: number | null;
  budgetOverride: Generated<boolean>;
  submittedAt: Date | null;
  decidedAt: Date | null;
  agreementSignedOn: Day | null;
  commitmentStartsOn: Day | null;
  commitmentEndsOn: Day | null;
  commitmentBrokenOn: Day | null;
  repaymentCents: number | null;
  repaidOn: Day | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface IncentivesApplicationEventTable {
  tenantId: string;
  id: Generated<string>;
  applicationId: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string | null;
  comment: Generated<string>;
  at: CreatedAt;
}

export interface IncentivesApplicationDocumentTable {
  tenantId: string;
  id: Generated<string>;
  applicationId: string;
  documentKey: string;
  fileId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: CreatedAt;
}

export interface IncentivesChangeRequestTable {
  tenantId: string;
  id: Generated<string>;
  applicationId: string;
  message: string;
  proposed: ColumnType<unknown, string, never>;
  status: Generated<'pending' | 'accepted' | 'refused'>;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: CreatedAt;
}

export interface IncentivesCommitteeSessionTable {
  tenantId: string;
  id: Generated<string>;
  heldOn: Day;
  title: string;
  notes: Generated<string>;
  createdAt: CreatedAt;
}

export interface IncentivesCommitteeDecisionTable {
  tenantId: string;
  sessionId: string;
  applicationId: string;
  decision: 'approved' | 'rejected' | 'deferred';
  comment: Generated<string>;
  decidedAt: CreatedAt;
}

export interface IncentivesPaymentTable {
  tenantId: string;
  id: Generated<string>;
  applicationId: string;
  seq: number;
  dueOn: Day;
  amountCents: Cents;
  status: Generated<'scheduled' | 'paid' | 'cancelled'>;
  paidOn: Day | null;
  reference: Generated<string>;
}

export interface IncentivesReminderTable {
  tenantId: string;
  id: Generated<string>;
  applicationId: string;
  kind: 'commitment-check' | 'payment-due';
  dueOn: Day;
  sentAt: Date | null;
  emailId: string | null;
}

/** This module's tables, as Kysely sees them (snake_case in SQL, camelCase here). */
export interface IncentivesDatabase {
  incentivesScheme: IncentivesSchemeTable;
  incentivesSchemeVersion: IncentivesSchemeVersionTable;
  incentivesEnvelope: IncentivesEnvelopeTable;
  incentivesApplication: IncentivesApplicationTable;
  incentivesApplicationEvent: IncentivesApplicationEventTable;
  incentivesApplicationDocument: IncentivesApplicationDocumentTable;
  incentivesChangeRequest: IncentivesChangeRequestTable;
  incentivesCommitteeSession: IncentivesCommitteeSessionTable;
  incentivesCommitteeDecision: IncentivesCommitteeDecisionTable;
  incentivesPayment: IncentivesPaymentTable;
  incentivesReminder: IncentivesReminderTable;
}
