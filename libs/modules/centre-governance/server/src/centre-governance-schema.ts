import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type {
  AttendanceStatus,
  BodyKind,
  BodyRules,
  CentreDocumentKind,
  CentreStatus,
  DecisionKind,
  DeliberationStatus,
  FteByProfession,
  MeetingStatus,
  MemberKind,
  MemberSector,
  OpeningPeriod,
  Outcome,
  Profession,
  QuorumResult,
  StaffStatus,
  Tally,
} from '@ancrage/centre-governance-domain';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
/** bigint cents, read as numbers (the pool parses int8). */
type Cents = ColumnType<number, number, number>;

export interface GipTable {
  tenantId: string;
  id: Generated<string>;
  name: string;
  purpose: string;
  seatAddress: string;
  durationYears: number | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface CentreTable {
  tenantId: string;
  id: Generated<string>;
  gipId: string | null;
  name: string;
  description: string;
  status: ColumnType<CentreStatus, CentreStatus | undefined, CentreStatus>;
  plannedOpeningOn: string | null;
  openedOn: string | null;
  closedOn: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface CentreCommuneTable {
  tenantId: string;
  centreId: string;
  communeCode: string;
  communeName: string;
}

export interface SiteTable {
  tenantId: string;
  id: Generated<string>;
  centreId: string;
  name: string;
  kind: 'main' | 'antenna';
  address: string;
  communeCode: string;
  communeName: string;
  openingHours: JSONColumnType<OpeningPeriod[]>;
  createdAt: CreatedAt;
}

export interface RoomTable {
  tenantId: string;
  id: Generated<string>;
  siteId: string;
  name: string;
  kind: 'consultation' | 'care' | 'meeting' | 'other';
}

export interface CentreDocumentTable {
  tenantId: string;
  id: Generated<string>;
  centreId: string;
  kind: CentreDocumentKind;
  title: string;
  version: string;
  adoptedOn: string | null;
  fileId: string;
  createdAt: CreatedAt;
}

export interface MemberTable {
  tenantId: string;
  id: Generated<string>;
  gipId: string;
  name: string;
  kind: MemberKind;
  sector: MemberSector;
  observer: boolean;
  votingRights: number;
  contributionMode: 'share' | 'fixed' | 'none';
  contributionShareBp: number;
  contributionFixedCents: Cents;
  contributionKind: 'cash' | 'in-kind' | 'mixed';
  contactEmail: string;
  joinedOn: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ConventionVersionTable {
  tenantId: string;
  id: Generated<string>;
  gipId: string;
  kind: 'original' | 'amendment';
  number: number;
  title: string;
  summary: string;
  signedOn: string | null;
  approvedOn: string | null;
  publishedOn: string | null;
  deliberationId: string | null;
  fileId: string | null;
  createdAt: CreatedAt;
}

export interface BodyTable {
  tenantId: string;
  id: Generated<string>;
  gipId: string;
  kind: BodyKind;
  name: string;
  rules: JSONColumnType<BodyRules>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface SeatTable {
  tenantId: string;
  bodyId: string;
  memberId: string;
  votes: number;
}

export interface MeetingTable {
  tenantId: string;
  id: Generated<string>;
  bodyId: string;
  title: string;
  startsAt: Date;
  place: string;
  round: number;
  status: ColumnType<MeetingStatus, MeetingStatus | undefined, MeetingStatus>;
  chairMemberId: string | null;
  convenedAt: Date | null;
  heldAt: Date | null;
  minutesFileId: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AttendanceTable {
  tenantId: string;
  meetingId: string;
  memberId: string;
  status: AttendanceStatus;
  proxyHolderId: string | null;
}

/** What was decided and on which figures, kept with the deliberation for the register and the minutes. */
export interface DecisionRecord {
  tally: Tally;
  outcome: Outcome;
  quorum: QuorumResult;
  majority: { kind: string; base: string; numerator: number; denominator: number };
}

export interface DeliberationTable {
  tenantId: string;
  id: Generated<string>;
  meetingId: string;
  position: number;
  title: string;
  decisionKind: DecisionKind;
  text: string;
  status: ColumnType<DeliberationStatus, DeliberationStatus | undefined, DeliberationStatus>;
  registerYear: number | null;
  registerSequence: number | null;
  outcome: JSONColumnType<DecisionRecord | null, string | null, string | null>;
  decidedAt: Date | null;
  version: ColumnType<number, number | undefined, number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface RegisterCounterTable {
  tenantId: string;
  gipId: string;
  year: number;
  lastSequence: number;
}

export interface BallotTable {
  tenantId: string;
  deliberationId: string;
  memberId: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstention: number;
  recordedBy: string | null;
  recordedAt: ColumnType<Date, Date | undefined, Date>;
}

export interface ProfessionalTable {
  tenantId: string;
  id: Generated<string>;
  centreId: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  status: StaffStatus;
  email: string;
  phone: string;
  semesterStart: string | null;
  semesterEnd: string | null;
  supervisorName: string;
  faculty: string;
  erasedAt: Date | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ContractTable {
  tenantId: string;
  id: Generated<string>;
  professionalId: string;
  kind: string;
  employer: string;
  startsOn: string;
  endsOn: string | null;
  fteHundredths: number;
  createdAt: CreatedAt;
}

export interface BookingTable {
  tenantId: string;
  id: Generated<string>;
  roomId: string;
  professionalId: string;
  startsAt: Date;
  endsAt: Date;
  note: string;
  createdAt: CreatedAt;
}

export interface ContributionTable {
  tenantId: string;
  id: Generated<string>;
  gipId: string;
  memberId: string;
  year: number;
  form: 'cash' | 'in-kind';
  amountCents: Cents;
  description: string;
  createdAt: CreatedAt;
}

export interface FundCallTable {
  tenantId: string;
  id: Generated<string>;
  gipId: string;
  memberId: string;
  year: number;
  label: string;
  amountCents: Cents;
  issuedOn: string;
  dueOn: string | null;
  createdAt: CreatedAt;
}

export interface BudgetLineTable {
  tenantId: string;
  id: Generated<string>;
  centreId: string;
  year: number;
  section: 'operating' | 'investment';
  chapter: string;
  article: string;
  label: string;
  votedCents: Cents;
  createdAt: CreatedAt;
}

export interface PaymentTable {
  tenantId: string;
  id: Generated<string>;
  callId: string;
  amountCents: Cents;
  receivedOn: string;
  reference: string;
  note: string;
  budgetLineId: string | null;
  recordedBy: string | null;
  createdAt: CreatedAt;
}

export interface ActivityTable {
  tenantId: string;
  siteId: string;
  month: string;
  consultations: number;
  unscheduledConsultations: number;
  homeVisits: number;
  activePatients: number;
  referringDoctorPatients: number;
  feeRevenueCents: Cents;
  fte: JSONColumnType<FteByProfession>;
  updatedBy: string | null;
  updatedAt: UpdatedAt;
}

/** This module's tables, as Kysely sees them (snake_case in SQL, camelCase here). */
export interface CentreGovernanceDatabase {
  centreGovernanceGip: GipTable;
  centreGovernanceCentre: CentreTable;
  centreGovernanceCentreCommune: CentreCommuneTable;
  centreGovernanceSite: SiteTable;
  centreGovernanceRoom: RoomTable;
  centreGovernanceCentreDocument: CentreDocumentTable;
  centreGovernanceMember: MemberTable;
  centreGovernanceConventionVersion: ConventionVersionTable;
  centreGovernanceBody: BodyTable;
  centreGovernanceSeat: SeatTable;
  centreGovernanceMeeting: MeetingTable;
  centreGovernanceAttendance: AttendanceTable;
  centreGovernanceDeliberation: DeliberationTable;
  centreGovernanceRegisterCounter: RegisterCounterTable;
  centreGovernanceBallot: BallotTable;
  centreGovernanceProfessional: ProfessionalTable;
  centreGovernanceContract: ContractTable;
  centreGovernanceBooking: BookingTable;
  centreGovernanceContribution: ContributionTable;
  centreGovernanceFundCall: FundCallTable;
  centreGovernanceBudgetLine: BudgetLineTable;
  centreGovernancePayment: PaymentTable;
  centreGovernanceActivity: ActivityTable;
}
