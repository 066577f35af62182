import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import {
  attendanceInput,
  canChangeMeetingStatus,
  centreGovernanceModule,
  checkAttendance,
  daysBetween,
  deliberationInput,
  idInput,
  meetingInput,
  meetingStatusInput,
  meetingUpdateInput,
  parisDay,
  parisToDate,
  publicMajority,
} from '@ancrage/centre-governance-domain';
import { governanceDb, settingsOf, type GovernanceDb } from '../cg-db';
import { findBody, seatsOf } from '../gip/gip.repository';
import { sendConvocations } from './convocation';
import { lockMeeting, meetingState } from './meetings.repository';

const procedures = moduleProcedures(centreGovernanceModule);

export async function stateOrNotFound(db: GovernanceDb, meetingId: string) {
  const state = await meetingState(db, meetingId);
  if (!state) throw appError('NOT_FOUND', 'errors:notFound');
  return state;
}

async function lockedMeetingOrNotFound(db: GovernanceDb, id: string) {
  const meeting = await lockMeeting(db, id);
  if (!meeting) throw appError('NOT_FOUND', 'errors:notFound');
  return meeting;
}

async function checkChair(db: GovernanceDb, bodyId: string, chairMemberId: string | null) {
  if (chairMemberId === null) return;
  const seats = await seatsOf(db, bodyId);
  if (!seats.some((seat) => seat.memberId === chairMemberId && seat.votes > 0)) throw appError('BAD_REQUEST', 'centre-governance:errors.chairNotSeated');
}

const noticeDays = (ctx: TenantScopedContext, startsAt: Date, convenedAt: Date | null) =>
  convenedAt ? { days: daysBetween(parisDay(convenedAt), parisDay(startsAt)), required: settingsOf(ctx).convocationNoticeDays } : null;

/** Meetings of the GIP's bodies: agenda, convocation, attendance and proxies, status. */
export const meetingProcedures = {
  meeting: procedures
    .withPermission('governance.read')
    .input(idInput)
    .query(async ({ ctx, input }) => {
      const state = await stateOrNotFound(governanceDb(ctx), input.id);
      const { tenantId: _tenant, ...meeting } = state.meeting;
      return { ...state, meeting, notice: noticeDays(ctx, meeting.startsAt, meeting.convenedAt) };
    }),

  createMeeting: procedures
    .withPermission('governance.manage')
    .input(meetingInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await findBody(db, input.bodyId))) throw appError('NOT_FOUND', 'errors:notFound');
      await checkChair(db, input.bodyId, input.chairMemberId);
      const created = await db
        .insertInto('centreGovernanceMeeting')
        .values({ tenantId: ctx.tenant.id, bodyId: input.bodyId, title: input.title, startsAt: parisToDate(input.startsAt), place: input.place, round: input.round, chairMemberId: input.chairMemberId, convenedAt: null, heldAt: null, minutesFileId: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.meeting', entityId: created.id, after: input });
      return { id: created.id };
    }),

  updateMeeting: procedures
    .withPermission('governance.manage')
    .input(meetingUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await lockedMeetingOrNotFound(db, input.id);
      if (before.status === 'held' || before.status === 'cancelled') throw appError('BAD_REQUEST', 'centre-governance:errors.meetingClosed');
      await checkChair(db, before.bodyId, input.chairMemberId);
      const { id, ...values } = input;
      await db
        .updateTable('centreGovernanceMeeting')
        .set({ title: values.title, startsAt: parisToDate(values.startsAt), place: values.place, round: values.round, chairMemberId: values.chairMemberId, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
      ctx.audit({ entityType: 'centre-governance.meeting', entityId: id, before: { title: before.title, startsAt: before.startsAt, place: before.place }, after: values });
      return { id };
    }),

  addDeliberation: procedures
    .withPermission('governance.manage')
    .input(deliberationInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const meeting = await lockedMeetingOrNotFound(db, input.meetingId);
      if (meeting.status === 'held' || meeting.status === 'cancelled') throw appError('BAD_REQUEST', 'centre-governance:errors.meetingClosed');
      const last = await db.selectFrom('centreGovernanceDeliberation').select((eb) => eb.fn.max('position').as('position')).where('meetingId', '=', input.meetingId).executeTakeFirst();
      const created = await db
        .insertInto('centreGovernanceDeliberation')
        .values({ tenantId: ctx.tenant.id, meetingId: input.meetingId, position: Number(last?.position ?? 0) + 1, title: input.title, decisionKind: input.decisionKind, text: input.text, registerYear: null, registerSequence: null, outcome: null, decidedAt: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.deliberation', entityId: created.id, after: input });
      return { id: created.id };
    }),

  withdrawDeliberation: procedures
    .withPermission('governance.manage')
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const deliberation = await db.selectFrom('centreGovernanceDeliberation').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
      if (!deliberation) throw appError('NOT_FOUND', 'errors:notFound');
      if (deliberation.status !== 'pending') throw appError('BAD_REQUEST', 'centre-governance:errors.deliberationDecided');
      await db.updateTable('centreGovernanceDeliberation').set({ status: 'withdrawn', version: deliberation.version + 1, updatedAt: new Date() }).where('id', '=', input.id).execute();
      await db.deleteFrom('centreGovernanceBallot').where('deliberationId', '=', input.id).execute();
      ctx.audit({ action: 'centre-governance.withdrawDeliberation', entityType: 'centre-governance.deliberation', entityId: input.id, before: { status: 'pending' }, after: { status: 'withdrawn' } });
      return { id: input.id };
    }),

  /** Sends the convocation and agenda; refused while the body breaks the public majority the law requires. */
  convokeMeeting: procedures
    .withPermission('governance.manage')
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await lockedMeetingOrNotFound(db, input.id);
      if (!canChangeMeetingStatus(before.status, 'convened')) throw appError('BAD_REQUEST', 'centre-governance:errors.meetingTransition');
      const state = await stateOrNotFound(db, input.id);
      const majority = publicMajority(state.seats);
      if (!majority.satisfied) throw appError('BAD_REQUEST', 'centre-governance:errors.publicMajority', { public: majority.publicVotes, total: majority.totalVotes });
      if (state.deliberations.every((deliberation) => deliberation.status === 'withdrawn')) throw appError('BAD_REQUEST', 'centre-governance:errors.emptyAgenda');
      const now = new Date();
      await db.updateTable('centreGovernanceMeeting').set({ status: 'convened', convenedAt: now, updatedAt: now }).where('id', '=', input.id).execute();
      const sent = await sendConvocations(db, state, { tenantId: ctx.tenant.id, locale: ctx.tenant.defaultLocale, secretariatEmail: settingsOf(ctx).secretariatEmail });
      ctx.audit({ action: 'centre-governance.convokeMeeting', entityType: 'centre-governance.meeting', entityId: input.id, before: { status: before.status }, after: { status: 'convened', ...sent } });
      return { id: input.id, ...sent, notice: noticeDays(ctx, before.startsAt, now) };
    }),

  /** Records who attends, in person or through a proxy; locked once a deliberation is decided (the quorum was taken on it). */
  setAttendance: procedures
    .withPermission('governance.manage')
    .input(attendanceInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const meeting = await lockedMeetingOrNotFound(db, input.meetingId);
      if (meeting.status !== 'convened') throw appError('BAD_REQUEST', 'centre-governance:errors.attendanceNotConvened');
      const decided = await db.selectFrom('centreGovernanceDeliberation').select('id').where('meetingId', '=', meeting.id).where('status', 'in', ['adopted', 'rejected']).executeTakeFirst();
      if (decided) throw appError('BAD_REQUEST', 'centre-governance:errors.attendanceLocked');
      const body = await findBody(db, meeting.bodyId);
      const state = await stateOrNotFound(db, meeting.id);
      const issues = checkAttendance(state.seats, input.entries, state.rules.maxProxiesPerHolder);
      const first = issues[0];
      if (first) {
        const name = state.seats.find((seat) => seat.memberId === first.memberId)?.name ?? first.memberId;
        throw appError('BAD_REQUEST', `centre-governance:errors.attendance.${first.code}`, { member: name, limit: first.limit ?? 0, body: body?.name ?? '' });
      }
      await db.deleteFrom('centreGovernanceAttendance').where('meetingId', '=', meeting.id).execute();
      if (input.entries.length > 0) {
        await db
          .insertInto('centreGovernanceAttendance')
          .values(input.entries.map((entry) => ({ tenantId: ctx.tenant.id, meetingId: meeting.id, memberId: entry.memberId, status: entry.status, proxyHolderId: entry.status === 'represented' ? entry.proxyHolderId : null })))
          .execute();
      }
      // Ballots of members no longer present or represented fall with the new list.
      const voters = input.entries.filter((entry) => entry.status === 'present' || entry.status === 'represented').map((entry) => entry.memberId);
      const pending = state.deliberations.filter((deliberation) => deliberation.status === 'pending').map((deliberation) => deliberation.id);
      if (pending.length > 0) {
        let stale = db.deleteFrom('centreGovernanceBallot').where('deliberationId', 'in', pending);
        if (voters.length > 0) stale = stale.where('memberId', 'not in', voters);
        await stale.execute();
      }
      ctx.audit({ action: 'centre-governance.setAttendance', entityType: 'centre-governance.meeting', entityId: meeting.id, before: state.attendance, after: input.entries });
      return { meetingId: meeting.id };
    }),

  setMeetingStatus: procedures
    .withPermission('governance.manage')
    .input(meetingStatusInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await lockedMeetingOrNotFound(db, input.id);
      if (!canChangeMeetingStatus(before.status, input.status)) throw appError('BAD_REQUEST', 'centre-governance:errors.meetingTransition');
      const statuses = (await db.selectFrom('centreGovernanceDeliberation').select('status').where('meetingId', '=', input.id).execute()).map((row) => row.status);
      if (input.status === 'held' && statuses.includes('pending')) throw appError('BAD_REQUEST', 'centre-governance:errors.pendingDeliberations');
      if (input.status === 'cancelled' && statuses.some((status) => status === 'adopted' || status === 'rejected')) throw appError('BAD_REQUEST', 'centre-governance:errors.cancelDecided');
      const now = new Date();
      await db
        .updateTable('centreGovernanceMeeting')
        .set({ status: input.status, updatedAt: now, ...(input.status === 'held' ? { heldAt: now } : {}) })
        .where('id', '=', input.id)
        .execute();
      ctx.audit({ action: 'centre-governance.setMeetingStatus', entityType: 'centre-governance.meeting', entityId: input.id, before: { status: before.status }, after: { status: input.status } });
      return { id: input.id, status: input.status };
    }),
} satisfies TRPCRouterRecord;
