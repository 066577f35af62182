import { publicMajority, registerNumber } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';

export function findGip(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceGip').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listMembers(db: GovernanceDb, gipId: string) {
  return db
    .selectFrom('centreGovernanceMember')
    .select(['id', 'name', 'kind', 'sector', 'observer', 'votingRights', 'contributionMode', 'contributionShareBp', 'contributionFixedCents', 'contributionKind', 'contactEmail', 'joinedOn'])
    .where('gipId', '=', gipId)
    .orderBy('observer')
    .orderBy('votingRights', 'desc')
    .orderBy('name')
    .execute();
}

export function findBody(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceBody').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The seats of a body with their members' name and sector. */
export function seatsOf(db: GovernanceDb, bodyId: string) {
  return db
    .selectFrom('centreGovernanceSeat as s')
    .innerJoin('centreGovernanceMember as m', (join) => join.onRef('m.tenantId', '=', 's.tenantId').onRef('m.id', '=', 's.memberId'))
    .select(['s.memberId', 's.votes', 'm.name', 'm.sector', 'm.kind', 'm.observer', 'm.contactEmail'])
    .where('s.bodyId', '=', bodyId)
    .orderBy('s.votes', 'desc')
    .orderBy('m.name')
    .execute();
}

export async function bodiesOf(db: GovernanceDb, gipId: string) {
  const bodies = await db.selectFrom('centreGovernanceBody').select(['id', 'kind', 'name', 'rules']).where('gipId', '=', gipId).orderBy('kind', 'desc').execute();
  return Promise.all(
    bodies.map(async (body) => {
      const seats = await seatsOf(db, body.id);
      return { ...body, seats, publicMajority: publicMajority(seats) };
    }),
  );
}

export function conventionVersions(db: GovernanceDb, gipId: string) {
  return db
    .selectFrom('centreGovernanceConventionVersion')
    .select(['id', 'kind', 'number', 'title', 'summary', 'signedOn', 'approvedOn', 'publishedOn', 'deliberationId', 'fileId'])
    .where('gipId', '=', gipId)
    .orderBy('number')
    .execute();
}

export function meetingsOf(db: GovernanceDb, gipId: string) {
  return db
    .selectFrom('centreGovernanceMeeting as m')
    .innerJoin('centreGovernanceBody as b', (join) => join.onRef('b.tenantId', '=', 'm.tenantId').onRef('b.id', '=', 'm.bodyId'))
    .select(['m.id', 'm.title', 'm.startsAt', 'm.place', 'm.status', 'm.round', 'm.bodyId', 'b.name as bodyName', 'b.kind as bodyKind', 'm.minutesFileId'])
    .select((eb) => [
      eb.selectFrom('centreGovernanceDeliberation as d').select((s) => s.fn.countAll<number>().as('n')).whereRef('d.meetingId', '=', 'm.id').as('deliberations'),
      eb.selectFrom('centreGovernanceDeliberation as d').select((s) => s.fn.countAll<number>().as('n')).whereRef('d.meetingId', '=', 'm.id').where('d.status', '=', 'adopted').as('adopted'),
    ])
    .where('b.gipId', '=', gipId)
    .orderBy('m.startsAt', 'desc')
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, deliberations: Number(row.deliberations ?? 0), adopted: Number(row.adopted ?? 0) })));
}

/** Amendments of the convention the general assembly adopted: what an avenant refers to. */
export async function amendmentDeliberations(db: GovernanceDb, gipId: string) {
  const rows = await db
    .selectFrom('centreGovernanceDeliberation as d')
    .innerJoin('centreGovernanceMeeting as m', (join) => join.onRef('m.tenantId', '=', 'd.tenantId').onRef('m.id', '=', 'd.meetingId'))
    .innerJoin('centreGovernanceBody as b', (join) => join.onRef('b.tenantId', '=', 'm.tenantId').onRef('b.id', '=', 'm.bodyId'))
    .select(['d.id', 'd.title', 'd.registerYear', 'd.registerSequence'])
    .where('b.gipId', '=', gipId)
    .where('b.kind', '=', 'general-assembly')
    .where('d.decisionKind', '=', 'convention-amendment')
    .where('d.status', '=', 'adopted')
    .orderBy('d.decidedAt')
    .execute();
  return rows.map((row) => ({ id: row.id, title: row.title, number: registerNumber(row.registerYear ?? 0, row.registerSequence ?? 0) }));
}
