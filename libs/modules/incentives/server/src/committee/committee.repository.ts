import type { SchemeContent } from '@ancrage/incentives-domain';
import type { ApplicationsDb } from '../applications/applications-db';

/** Sessions, latest first, with how many applications each approved, rejected and deferred. */
export async function sessionsWithCounts(db: ApplicationsDb) {
  const sessions = await db.selectFrom('incentivesCommitteeSession').select(['id', 'heldOn', 'title', 'notes', 'createdAt']).orderBy('heldOn', 'desc').orderBy('createdAt', 'desc').execute();
  const counts = await db
    .selectFrom('incentivesCommitteeDecision')
    .select((eb) => ['sessionId', 'decision', eb.fn.countAll<number>().as('n')])
    .groupBy(['sessionId', 'decision'])
    .execute();
  return sessions.map((session) => {
    const of = (decision: 'approved' | 'rejected' | 'deferred') => Number(counts.find((row) => row.sessionId === session.id && row.decision === decision)?.n ?? 0);
    return { ...session, decisions: { approved: of('approved'), rejected: of('rejected'), deferred: of('deferred') } };
  });
}

/** The decisions a session recorded, with the application and its scheme's frozen name. */
export async function sessionDecisions(db: ApplicationsDb, sessionId: string) {
  const rows = await db
    .selectFrom('incentivesCommitteeDecision as d')
    .innerJoin('incentivesApplication as a', (join) => join.onRef('a.tenantId', '=', 'd.tenantId').onRef('a.id', '=', 'd.applicationId'))
    .innerJoin('incentivesSchemeVersion as v', (join) => join.onRef('v.tenantId', '=', 'a.tenantId').onRef('v.schemeId', '=', 'a.schemeId').onRef('v.version', '=', 'a.schemeVersion'))
    .select(['d.applicationId', 'a.reference', 'a.firstName', 'a.lastName', 'a.status', 'a.amountCents', 'a.schemeId', 'v.content', 'd.decision', 'd.comment', 'd.decidedAt'])
    .where('d.sessionId', '=', sessionId)
    .orderBy('d.decidedAt')
    .orderBy('a.reference')
    .execute();
  return rows.map(({ content, ...row }) => ({ ...row, amountCents: Number(row.amountCents), schemeName: (content as SchemeContent).name }));
}
