import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { centreGovernanceModule, checkBallots, closeDeliberationInput, parisDay, registerNumber, seatAttendance, votesInput } from '@ancrage/centre-governance-domain';
import { governanceDb, userIdOf, type GovernanceDb } from '../cg-db';
import { lockDeliberation, nextRegisterSequence } from './meetings.repository';
import { stateOrNotFound } from './meeting.procedures';

const procedures = moduleProcedures(centreGovernanceModule);

/**
 * The deliberation row is locked first (select … for update): two officers
 * recording votes on the same deliberation are serialised, each sees the
 * other's ballots, and `version` tells a page that loaded stale votes.
 */
async function lockedPendingDeliberation(db: GovernanceDb, id: string, expectedVersion: number | undefined) {
  const deliberation = await lockDeliberation(db, id);
  if (!deliberation) throw appError('NOT_FOUND', 'errors:notFound');
  if (expectedVersion !== undefined && expectedVersion !== deliberation.version) throw appError('CONFLICT', 'centre-governance:errors.votesChanged');
  if (deliberation.status !== 'pending') throw appError('BAD_REQUEST', 'centre-governance:errors.deliberationDecided');
  return deliberation;
}

/** Votes on the deliberations of a meeting in session: ballots, then the decision under the body's rules. */
export const voteProcedures = {
  recordVotes: procedures
    .withPermission('governance.manage')
    .input(votesInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const deliberation = await lockedPendingDeliberation(db, input.deliberationId, input.expectedVersion);
      const state = await stateOrNotFound(db, deliberation.meetingId);
      if (state.meeting.status !== 'convened') throw appError('BAD_REQUEST', 'centre-governance:errors.votesNotInSession');
      const issue = checkBallots(seatAttendance(state.seats, state.attendance), input.ballots)[0];
      if (issue) {
        const member = state.seats.find((seat) => seat.memberId === issue.memberId)?.name ?? issue.memberId;
        throw appError('BAD_REQUEST', `centre-governance:errors.ballot.${issue.code}`, { member, rights: issue.rights ?? 0, cast: issue.cast ?? 0 });
      }
      const now = new Date();
      const recordedBy = userIdOf(ctx);
      await db
        .insertInto('centreGovernanceBallot')
        .values(
          input.ballots.map((ballot) => ({
            tenantId: ctx.tenant.id,
            deliberationId: deliberation.id,
            memberId: ballot.memberId,
            votesFor: ballot.for,
            votesAgainst: ballot.against,
            votesAbstention: ballot.abstention,
            recordedBy,
            recordedAt: now,
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['tenantId', 'deliberationId', 'memberId']).doUpdateSet((eb) => ({
            votesFor: eb.ref('excluded.votesFor'),
            votesAgainst: eb.ref('excluded.votesAgainst'),
            votesAbstention: eb.ref('excluded.votesAbstention'),
            recordedBy: eb.ref('excluded.recordedBy'),
            recordedAt: eb.ref('excluded.recordedAt'),
          })),
        )
        .execute();
      const version = deliberation.version + 1;
      await db.updateTable('centreGovernanceDeliberation').set({ version, updatedAt: now }).where('id', '=', deliberation.id).execute();
      ctx.audit({ action: 'centre-governance.recordVotes', entityType: 'centre-governance.deliberation', entityId: deliberation.id, after: input.ballots });
      return { id: deliberation.id, version };
    }),

  /** Decides the deliberation from its ballots; refused without quorum (nothing is recorded then). */
  closeDeliberation: procedures
    .withPermission('governance.manage')
    .input(closeDeliberationInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const deliberation = await lockedPendingDeliberation(db, input.id, input.expectedVersion);
      const state = await stateOrNotFound(db, deliberation.meetingId);
      if (state.meeting.status !== 'convened') throw appError('BAD_REQUEST', 'centre-governance:errors.votesNotInSession');
      if (!state.quorum.met) throw appError('BAD_REQUEST', 'centre-governance:errors.noQuorum', { present: state.quorum.present, required: state.quorum.required, total: state.quorum.total });
      const view = state.deliberations.find((candidate) => candidate.id === deliberation.id);
      if (!view) throw appError('NOT_FOUND', 'errors:notFound');
      if (view.ballots.length === 0) throw appError('BAD_REQUEST', 'centre-governance:errors.noBallots');
      const now = new Date();
      const year = Number(parisDay(state.meeting.startsAt).slice(0, 4));
      const sequence = await nextRegisterSequence(db, ctx.tenant.id, state.body.gipId, year);
      const status = view.outcome.adopted ? 'adopted' : 'rejected';
      const record = { tally: view.tally, outcome: view.outcome, quorum: state.quorum, majority: view.majority };
      await db
        .updateTable('centreGovernanceDeliberation')
        .set({ status, registerYear: year, registerSequence: sequence, outcome: JSON.stringify(record), decidedAt: now, version: deliberation.version + 1, updatedAt: now })
        .where('id', '=', deliberation.id)
        .execute();
      ctx.audit({ action: 'centre-governance.closeDeliberation', entityType: 'centre-governance.deliberation', entityId: deliberation.id, before: { status: 'pending' }, after: { status, ...record } });
      return { id: deliberation.id, status, outcome: view.outcome, registerNumber: registerNumber(year, sequence) };
    }),
} satisfies TRPCRouterRecord;
