import { parisDay } from '@ancrage/i18n';
import {
  allowedTransitions,
  COMMITTED_STATUSES,
  evaluateScheme,
  schemeIsOpen,
  type Profile,
  type SchemeReference,
} from '@ancrage/incentives-domain';
import type { ApplicationRow, ApplicationsDb } from './applications-db';
import {
  changeRequestsOf,
  committeeDecisionsOf,
  documentsOf,
  frozenScheme,
  historyOf,
  paymentsOf,
  profileOf,
  remindersOf,
  statusOf,
  type FrozenScheme,
} from './applications.repository';
import { workflowSchemeOf } from './application-workflow';
import { missingDocuments } from './documents';

/** Statuses in which a granted scheme excludes the schemes incompatible with it. */
const RECEIVING_STATUSES = ['approved', 'agreement-signed', 'being-paid', 'commitment-running'] as const;

/**
 * The profile as the rules see it: what the candidate declares receiving, and
 * the schemes of this tenant they already receive through another application.
 */
export async function profileForEvaluation(db: ApplicationsDb, application: ApplicationRow): Promise<Profile> {
  const profile = profileOf(application);
  if (!application.applicantUserId) return profile;
  const granted = await db
    .selectFrom('incentivesApplication')
    .select('schemeId')
    .where('applicantUserId', '=', application.applicantUserId)
    .where('id', '!=', application.id)
    .where('status', 'in', [...RECEIVING_STATUSES])
    .execute();
  const receiving = new Set<SchemeReference>([...(profile.receiving ?? []), ...granted.map((row) => `local:${row.schemeId}` as SchemeReference)]);
  return { ...profile, receiving: [...receiving] };
}

/** The frozen version's verdict on the application's answers, as of today. */
export async function verdictOf(db: ApplicationsDb, application: ApplicationRow, scheme: FrozenScheme) {
  return evaluateScheme(scheme.content, await profileForEvaluation(db, application), scheme.geo, { schemeRef: `local:${application.schemeId}` });
}

const contactOf = (application: ApplicationRow) => ({
  firstName: application.firstName,
  lastName: application.lastName,
  email: application.email,
  phone: application.phone,
  birthDate: application.birthDate,
});

const datesOf = (application: ApplicationRow) => ({
  submittedAt: application.submittedAt,
  decidedAt: application.decidedAt,
  agreementSignedOn: application.agreementSignedOn,
  commitment: {
    startsOn: application.commitmentStartsOn,
    endsOn: application.commitmentEndsOn,
    brokenOn: application.commitmentBrokenOn,
    repaymentCents: application.repaymentCents === null ? null : Number(application.repaymentCents),
    repaidOn: application.repaidOn,
  },
});

/** What the candidate sees of their own application: no officer's comment, no internal reminders. */
export async function candidateView(db: ApplicationsDb, application: ApplicationRow) {
  const scheme = await frozenScheme(db, application.schemeId, application.schemeVersion);
  const status = statusOf(application);
  const [verdict, documents, history, payments, changeRequests] = await Promise.all([
    verdictOf(db, application, scheme),
    documentsOf(db, application.id),
    historyOf(db, application.id),
    paymentsOf(db, application.id),
    changeRequestsOf(db, application.id),
  ]);
  const workflow = workflowSchemeOf(scheme);
  return {
    id: application.id,
    reference: application.reference,
    status,
    rowVersion: application.rowVersion,
    scheme: {
      id: scheme.schemeId,
      slug: scheme.slug,
      version: scheme.version,
      name: scheme.content.name,
      summary: scheme.content.summary,
      kind: scheme.content.kind,
      selection: scheme.content.selection,
      commitment: scheme.content.commitment,
      calendar: scheme.content.calendar,
      open: scheme.schemeStatus === 'published' && schemeIsOpen(scheme.content.calendar, parisDay(new Date())),
      requiredDocuments: scheme.content.requiredDocuments,
    },
    contact: contactOf(application),
    profile: profileOf(application),
    verdict,
    amountCents: Number(application.amountCents),
    ...datesOf(application),
    documents: documents.map(({ fileId: _file, ...document }) => ({ ...document, sizeBytes: Number(document.sizeBytes) })),
    missingDocuments: missingDocuments(scheme.content.requiredDocuments, documents),
    // The steps of the file; the officers' notes (change decisions, deferrals) stay in the back-office.
    history: history.filter((event) => event.fromStatus !== event.toStatus).map((event) => ({ fromStatus: event.fromStatus, toStatus: event.toStatus, at: event.at })),
    payments: payments.map(({ id: _id, reference: _reference, ...payment }) => ({ ...payment, amountCents: Number(payment.amountCents) })),
    changeRequests: changeRequests.map((request) => ({ id: request.id, message: request.message, status: request.status, createdAt: request.createdAt, decidedAt: request.decidedAt })),
    canEdit: status === 'draft',
    canWithdraw: allowedTransitions(status, 'candidate', workflow).includes('withdrawn'),
    canRequestChange: status !== 'draft' && allowedTransitions(status, 'officer', workflow).length > 0,
  };
}

/** The officer's file: the frozen scheme, the verdict re-evaluated, and everything that happened. */
export async function officerView(db: ApplicationsDb, application: ApplicationRow) {
  const scheme = await frozenScheme(db, application.schemeId, application.schemeVersion);
  const status = statusOf(application);
  const [verdict, documents, history, payments, changeRequests, committeeDecisions, reminders, applicant] = await Promise.all([
    verdictOf(db, application, scheme),
    documentsOf(db, application.id),
    historyOf(db, application.id),
    paymentsOf(db, application.id),
    changeRequestsOf(db, application.id),
    committeeDecisionsOf(db, application.id),
    remindersOf(db, application.id),
    application.applicantUserId
      ? db.selectFrom('platformUser').select(['id', 'email', 'displayName']).where('id', '=', application.applicantUserId).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const paidCents = payments.filter((payment) => payment.status === 'paid').reduce((sum, payment) => sum + Number(payment.amountCents), 0);
  const scheduledCents = payments.filter((payment) => payment.status === 'scheduled').reduce((sum, payment) => sum + Number(payment.amountCents), 0);
  return {
    id: application.id,
    reference: application.reference,
    status,
    rowVersion: application.rowVersion,
    scheme: { id: scheme.schemeId, slug: scheme.slug, status: scheme.schemeStatus, version: scheme.version, content: scheme.content, geo: scheme.geo },
    applicant: applicant ?? null,
    contact: contactOf(application),
    profile: profileOf(application),
    verdict,
    amountCents: Number(application.amountCents),
    budgetYear: application.budgetYear,
    budgetOverride: application.budgetOverride,
    committed: COMMITTED_STATUSES.includes(status),
    paidCents,
    scheduledCents,
    ...datesOf(application),
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    documents: documents.map((document) => ({ ...document, sizeBytes: Number(document.sizeBytes) })),
    missingDocuments: missingDocuments(scheme.content.requiredDocuments, documents),
    history,
    payments: payments.map((payment) => ({ ...payment, amountCents: Number(payment.amountCents) })),
    changeRequests,
    committeeDecisions,
    reminders,
    allowedTransitions: allowedTransitions(status, 'officer', workflowSchemeOf(scheme)),
  };
}
