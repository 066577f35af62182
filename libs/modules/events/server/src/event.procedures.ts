import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { adminEventsInput, canTransition, eventId, eventInput, eventStatusInput, eventsModule, eventUpdateInput, funnelRates, yearInput } from '@ancrage/events-domain';
import { eventColumns } from './event-values';
import { eventsDb, mailContextOf } from './events-db';
import { eventWithCounts, hasRegistrations, listEvents, lockEvent, type EventRow } from './events.repository';
import { yearlyTotals } from './events.service';
import { announceChanges, announceCancellation } from './event-announcements';
import { fillFreePlaces } from './registration.service';
import { scheduleReminder } from './reminders';
import { scheduleAnonymisation } from './retention';

const procedures = moduleProcedures(eventsModule);

async function eventOrNotFound(ctx: TenantScopedContext, id: string) {
  const event = await eventWithCounts(eventsDb(ctx), id);
  if (!event) throw appError('NOT_FOUND', 'errors:notFound');
  return event;
}

/** What the audit keeps of an event: its settings, not its counters. */
const auditedEvent = ({ waitlistSequence: _sequence, tenantId: _tenant, ...event }: EventRow) => event;

/** The back-office side of events: list, edit, publication workflow, yearly totals. */
export const eventProcedures = {
  events: procedures
    .withPermission('event.read')
    .input(adminEventsInput)
    .query(({ ctx, input }) => listEvents(eventsDb(ctx), { statuses: input.status ? [input.status] : undefined, year: input.year })),

  event: procedures
    .withPermission('event.read')
    .input(eventId)
    .query(async ({ ctx, input }) => {
      const event = await eventOrNotFound(ctx, input.id);
      const registrations = event.confirmed + event.waiting + event.cancelled;
      return { ...event, kpis: { registrations, ...funnelRates({ registrations, confirmed: event.confirmed, attended: event.attended, contacts: event.contacts, projects: event.projects }) } };
    }),

  createEvent: procedures
    .withPermission('event.manage')
    .input(eventInput)
    .mutation(async ({ ctx, input }) => {
      const created = await eventsDb(ctx)
        .insertInto('eventsEvent')
        .values({ tenantId: ctx.tenant.id, ...eventColumns(input) })
        .returningAll()
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'events.event', entityId: created.id, after: auditedEvent(created) });
      return { id: created.id };
    }),

  updateEvent: procedures
    .withPermission('event.manage')
    .input(eventUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      const before = await lockEvent(db, input.id);
      if (!before) throw appError('NOT_FOUND', 'errors:notFound');
      if (before.status === 'cancelled') throw appError('BAD_REQUEST', 'events:errors.cancelledReadOnly');
      const { id, ...values } = input;
      const after = await db
        .updateTable('eventsEvent')
        .set({ ...eventColumns(values), updatedAt: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const now = new Date();
      const mail = mailContextOf(ctx);
      // More places or looser quotas: the waiting list moves up now.
      await fillFreePlaces(db, mail, after, now);
      await announceChanges(db, mail, before, after, now);
      ctx.audit({ entityType: 'events.event', entityId: id, before: auditedEvent(before), after: auditedEvent(after) });
      return { id };
    }),

  setEventStatus: procedures
    .withPermission('event.manage')
    .input(eventStatusInput)
    .mutation(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      const before = await lockEvent(db, input.id);
      if (!before) throw appError('NOT_FOUND', 'errors:notFound');
      if (!canTransition(before.status, input.status)) throw appError('BAD_REQUEST', 'events:errors.transition');
      if (input.status === 'draft' && (await hasRegistrations(db, before.id))) throw appError('BAD_REQUEST', 'events:errors.unpublishWithRegistrations');
      const now = new Date();
      const after = await db
        .updateTable('eventsEvent')
        .set({ status: input.status, updatedAt: now, ...(input.status === 'published' && !before.publishedAt ? { publishedAt: now } : {}) })
        .where('id', '=', before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const mail = mailContextOf(ctx);
      if (input.status === 'published') {
        await scheduleReminder(db, mail, after, now);
        await fillFreePlaces(db, mail, after, now);
      }
      if (input.status === 'cancelled') await announceCancellation(db, mail, after);
      if (input.status === 'cancelled' || input.status === 'closed') await scheduleAnonymisation(db, ctx.tenant.id, after);
      ctx.audit({ action: 'events.setEventStatus', entityType: 'events.event', entityId: before.id, before: { status: before.status }, after: { status: after.status } });
      return { id: after.id, status: after.status };
    }),

  yearlyTotals: procedures
    .withPermission('event.read')
    .input(yearInput)
    .query(({ ctx, input }) => yearlyTotals(eventsDb(ctx), input.year)),
} satisfies TRPCRouterRecord;
