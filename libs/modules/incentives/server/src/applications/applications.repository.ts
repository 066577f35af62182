import { sql } from 'kysely';
import type { ApplicationStatus, GeoSnapshot, Localised, Profile, SchemeContent, SchemeKind } from '@ancrage/incentives-domain';
import type { ApplicationRow, ApplicationsDb } from './applications-db';

/** A frozen version of a scheme: what an application was made under. */
export interface FrozenScheme {
  schemeId: string;
  slug: string;
  schemeStatus: 'draft' | 'published' | 'archived';
  version: number;
  content: SchemeContent;
  geo: GeoSnapshot;
}

export const profileOf = (application: Pick<ApplicationRow, 'profile'>) => application.profile as Profile;
export const statusOf = (application: Pick<ApplicationRow, 'status'>) => application.status as ApplicationStatus;

/** The application, locked until the transaction ends (moves of one application happen one after the other). */
export function lockApplication(db: ApplicationsDb, id: string, applicantUserId?: string) {
  let query = db.selectFrom('incentivesApplication').selectAll().where('id', '=', id);
  if (applicantUserId !== undefined) query = query.where('applicantUserId', '=', applicantUserId);
  return query.forUpdate().executeTakeFirst();
}

export function findApplication(db: ApplicationsDb, id: string, applicantUserId?: string) {
  let query = db.selectFrom('incentivesApplication').selectAll().where('id', '=', id);
  if (applicantUserId !== undefined) query = query.where('applicantUserId', '=', applicantUserId);
  return query.executeTakeFirst();
}

export async function frozenScheme(db: ApplicationsDb, schemeId: string, version: number): Promise<FrozenScheme> {
  const row = await db
    .selectFrom('incentivesSchemeVersion as v')
    .innerJoin('incentivesScheme as s', (join) => join.onRef('s.tenantId', '=', 'v.tenantId').onRef('s.id', '=', 'v.schemeId'))
    .select(['v.schemeId', 'v.version', 'v.content', 'v.geo', 's.slug', 's.status'])
    .where('v.schemeId', '=', schemeId)
    .where('v.version', '=', version)
    .executeTakeFirstOrThrow();
  return { schemeId: row.schemeId, slug: row.slug, schemeStatus: row.status, version: row.version, content: row.content as SchemeContent, geo: row.geo as GeoSnapshot };
}

/** The scheme's current published version, found by its slug; undefined while unpublished or archived. */
export async function publishedSchemeBySlug(db: ApplicationsDb, slug: string): Promise<FrozenScheme | undefined> {
  const scheme = await db.selectFrom('incentivesScheme').select(['id', 'status', 'publishedVersion']).where('slug', '=', slug).executeTakeFirst();
  if (!scheme || scheme.status !== 'published' || scheme.publishedVersion === null) return undefined;
  return frozenScheme(db, scheme.id, scheme.publishedVersion);
}

/** The content of the scheme's latest published version (its envelope and ceiling of beneficiaries apply to new decisions). */
export async function currentContent(db: ApplicationsDb, schemeId: string): Promise<SchemeContent | undefined> {
  const row = await db
    .selectFrom('incentivesSchemeVersion as v')
    .innerJoin('incentivesScheme as s', (join) => join.onRef('s.tenantId', '=', 'v.tenantId').onRef('s.id', '=', 'v.schemeId').onRef('s.publishedVersion', '=', 'v.version'))
    .select('v.content')
    .where('v.schemeId', '=', schemeId)
    .executeTakeFirst();
  return row?.content as SchemeContent | undefined;
}

export interface ApplicationSummary {
  id: string;
  reference: string;
  schemeId: string;
  schemeSlug: string;
  schemeVersion: number;
  schemeName: Localised;
  kind: SchemeKind;
  status: ApplicationStatus;
  rowVersion: number;
  firstName: string;
  lastName: string;
  email: string;
  amountCents: number;
  budgetYear: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
  pendingChangeRequests: number;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Applications with their scheme's frozen name, newest activity first. */
export async function listApplications(
  db: ApplicationsDb,
  filter: { schemeId?: string | undefined; status?: ApplicationStatus | undefined; search?: string | undefined; applicantUserId?: string | undefined },
): Promise<ApplicationSummary[]> {
  let query = db
    .selectFrom('incentivesApplication as a')
    .innerJoin('incentivesSchemeVersion as v', (join) => join.onRef('v.tenantId', '=', 'a.tenantId').onRef('v.schemeId', '=', 'a.schemeId').onRef('v.version', '=', 'a.schemeVersion'))
    .innerJoin('incentivesScheme as s', (join) => join.onRef('s.tenantId', '=', 'a.tenantId').onRef('s.id', '=', 'a.schemeId'))
    .select((eb) => [
      'a.id',
      'a.reference',
      'a.schemeId',
      's.slug as schemeSlug',
      'a.schemeVersion',
      'v.content',
      'a.status',
      'a.rowVersion',
      'a.firstName',
      'a.lastName',
      'a.email',
      'a.amountCents',
      'a.budgetYear',
      'a.submittedAt',
      'a.updatedAt',
      eb
        .selectFrom('incentivesChangeRequest as c')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('c.applicationId', '=', 'a.id')
        .where('c.status', '=', 'pending')
        .as('pendingChangeRequests'),
    ]);
  if (filter.schemeId) query = query.where('a.schemeId', '=', filter.schemeId);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.applicantUserId) query = query.where('a.applicantUserId', '=', filter.applicantUserId);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql<string>`a.first_name || ' ' || a.last_name`, 'ilike', pattern),
        eb(sql<string>`a.last_name || ' ' || a.first_name`, 'ilike', pattern),
        eb('a.reference', 'ilike', pattern),
        eb('a.email', 'ilike', pattern),
      ]),
    );
  }
  const rows = await query.orderBy('a.updatedAt', 'desc').orderBy('a.reference', 'desc').limit(1000).execute();
  return rows.map(({ content, ...row }) => {
    const frozen = content as SchemeContent;
    return { ...row, status: row.status as ApplicationStatus, schemeName: frozen.name, kind: frozen.kind, pendingChangeRequests: Number(row.pendingChangeRequests ?? 0) };
  });
}

export function documentsOf(db: ApplicationsDb, applicationId: string) {
  return db
    .selectFrom('incentivesApplicationDocument')
    .select(['id', 'documentKey', 'fileId', 'fileName', 'contentType', 'sizeBytes', 'uploadedAt'])
    .where('applicationId', '=', applicationId)
    .orderBy('uploadedAt')
    .execute();
}

export function paymentsOf(db: ApplicationsDb, applicationId: string) {
  return db
    .selectFrom('incentivesPayment')
    .select(['id', 'seq', 'dueOn', 'amountCents', 'status', 'paidOn', 'reference'])
    .where('applicationId', '=', applicationId)
    .orderBy('seq')
    .execute();
}

export async function historyOf(db: ApplicationsDb, applicationId: string) {
  return db
    .selectFrom('incentivesApplicationEvent as e')
    .leftJoin('platformUser as u', 'u.id', 'e.actorUserId')
    .select(['e.id', 'e.fromStatus', 'e.toStatus', 'e.actorUserId', 'u.displayName as actorName', 'e.comment', 'e.at'])
    .where('e.applicationId', '=', applicationId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

export function changeRequestsOf(db: ApplicationsDb, applicationId: string) {
  return db
    .selectFrom('incentivesChangeRequest')
    .select(['id', 'message', 'proposed', 'status', 'decidedBy', 'decidedAt', 'createdAt'])
    .where('applicationId', '=', applicationId)
    .orderBy('createdAt')
    .execute();
}

export function committeeDecisionsOf(db: ApplicationsDb, applicationId: string) {
  return db
    .selectFrom('incentivesCommitteeDecision as d')
    .innerJoin('incentivesCommitteeSession as s', (join) => join.onRef('s.tenantId', '=', 'd.tenantId').onRef('s.id', '=', 'd.sessionId'))
    .select(['d.sessionId', 's.title as sessionTitle', 's.heldOn', 'd.decision', 'd.comment', 'd.decidedAt'])
    .where('d.applicationId', '=', applicationId)
    .orderBy('d.decidedAt')
    .execute();
}

export function remindersOf(db: ApplicationsDb, applicationId: string) {
  return db.selectFrom('incentivesReminder').select(['id', 'kind', 'dueOn', 'sentAt', 'emailId']).where('applicationId', '=', applicationId).orderBy('dueOn').orderBy('kind').execute();
}

/** Appends one line to the application's history. */
export function recordEvent(db: ApplicationsDb, event: { tenantId: string; applicationId: string; fromStatus: string | null; toStatus: string; actorUserId: string | null; comment: string }) {
  return db.insertInto('incentivesApplicationEvent').values(event).execute();
}
