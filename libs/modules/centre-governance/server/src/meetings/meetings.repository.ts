import {
  bodyRulesSchema,
  chairChoice,
  checkAttendance,
  computeQuorum,
  deliberationOutcome,
  majorityFor,
  registerNumber,
  seatAttendance,
  tallyBallots,
  type AttendanceEntry,
  type Ballot,
} from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';
import { findBody, seatsOf } from '../gip/gip.repository';

export function lockMeeting(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceMeeting').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findMeeting(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceMeeting').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockDeliberation(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceDeliberation').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function attendanceOf(db: GovernanceDb, meetingId: string): Promise<AttendanceEntry[]> {
  return db.selectFrom('centreGovernanceAttendance').select(['memberId', 'status', 'proxyHolderId']).where('meetingId', '=', meetingId).execute();
}

export async function ballotsOf(db: GovernanceDb, deliberationIds: readonly string[]) {
  if (deliberationIds.length === 0) return [];
  return db
    .selectFrom('centreGovernanceBallot')
    .select(['deliberationId', 'memberId', 'votesFor', 'votesAgainst', 'votesAbstention', 'recordedAt'])
    .where('deliberationId', 'in', deliberationIds)
    .execute();
}

export const toBallot = (row: { memberId: string; votesFor: number; votesAgainst: number; votesAbstention: number }): Ballot => ({
  memberId: row.memberId,
  for: row.votesFor,
  against: row.votesAgainst,
  abstention: row.votesAbstention,
});

/**
 * Everything the rules need about a meeting: the body's rules and seats, who
 * attended, the quorum, and each deliberation with its ballots, tally and
 * outcome (the one recorded when decided, the one the votes would give otherwise).
 */
export async function meetingState(db: GovernanceDb, meetingId: string) {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) return undefined;
  const body = await findBody(db, meeting.bodyId);
  if (!body) return undefined;
  const rules = bodyRulesSchema.parse(body.rules);
  const [seats, attendance, deliberations, gip] = await Promise.all([
    seatsOf(db, body.id),
    attendanceOf(db, meetingId),
    db.selectFrom('centreGovernanceDeliberation').selectAll().where('meetingId', '=', meetingId).orderBy('position').execute(),
    db.selectFrom('centreGovernanceGip').select(['id', 'name']).where('id', '=', body.gipId).executeTakeFirstOrThrow(),
  ]);
  const voting = seatAttendance(seats, attendance);
  const quorum = computeQuorum(rules.quorum, voting, { secondCall: meeting.round === 2 });
  const ballots = await ballotsOf(
    db,
    deliberations.map((deliberation) => deliberation.id),
  );
  return {
    meeting,
    gip,
    body: { id: body.id, name: body.name, kind: body.kind, gipId: body.gipId },
    rules,
    seats,
    attendance,
    attendanceIssues: checkAttendance(seats, attendance, rules.maxProxiesPerHolder),
    quorum,
    deliberations: deliberations.map((deliberation) => {
      const own = ballots.filter((ballot) => ballot.deliberationId === deliberation.id).map(toBallot);
      const majority = majorityFor(rules, deliberation.decisionKind);
      const tally = tallyBallots(voting, own);
      const outcome = deliberationOutcome(majority, tally, { enabled: rules.chairCastingVote, chairChoice: chairChoice(meeting.chairMemberId, own) });
      const { tenantId: _tenant, outcome: recorded, ...rest } = deliberation;
      return {
        ...rest,
        registerNumber: deliberation.registerYear !== null && deliberation.registerSequence !== null ? registerNumber(deliberation.registerYear, deliberation.registerSequence) : null,
        majority,
        ballots: own,
        tally: recorded?.tally ?? tally,
        outcome: recorded?.outcome ?? outcome,
        decidedQuorum: recorded?.quorum ?? null,
      };
    }),
  };
}
export type MeetingState = NonNullable<Awaited<ReturnType<typeof meetingState>>>;

/** The next number of the GIP's register for the year; the counter row serialises concurrent decisions. */
export async function nextRegisterSequence(db: GovernanceDb, tenantId: string, gipId: string, year: number): Promise<number> {
  const row = await db
    .insertInto('centreGovernanceRegisterCounter')
    .values({ tenantId, gipId, year, lastSequence: 1 })
    .onConflict((conflict) => conflict.columns(['tenantId', 'gipId', 'year']).doUpdateSet((eb) => ({ lastSequence: eb('centreGovernanceRegisterCounter.lastSequence', '+', 1) })))
    .returning('lastSequence')
    .executeTakeFirstOrThrow();
  return row.lastSequence;
}

/** The numbered register of a GIP's deliberations decided in a year. */
export function registerOf(db: GovernanceDb, gipId: string, year: number) {
  return db
    .selectFrom('centreGovernanceDeliberation as d')
    .innerJoin('centreGovernanceMeeting as m', (join) => join.onRef('m.tenantId', '=', 'd.tenantId').onRef('m.id', '=', 'd.meetingId'))
    .innerJoin('centreGovernanceBody as b', (join) => join.onRef('b.tenantId', '=', 'm.tenantId').onRef('b.id', '=', 'm.bodyId'))
    .select(['d.id', 'd.title', 'd.decisionKind', 'd.status', 'd.registerYear', 'd.registerSequence', 'd.decidedAt', 'd.outcome', 'm.id as meetingId', 'm.title as meetingTitle', 'm.startsAt', 'b.name as bodyName'])
    .where('b.gipId', '=', gipId)
    .where('d.registerYear', '=', year)
    .orderBy('d.registerSequence')
    .execute()
    .then((rows) =>
      rows.map(({ outcome, ...row }) => ({
        ...row,
        number: registerNumber(row.registerYear ?? year, row.registerSequence ?? 0),
        tally: outcome?.tally ?? null,
      })),
    );
}
