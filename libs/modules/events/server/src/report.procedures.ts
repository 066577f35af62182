import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { closingReportInput, eventRegistrations, eventsModule, satisfactionSummary, type Audience } from '@ancrage/events-domain';
import { eventsDb } from './events-db';
import { findEvent } from './events.repository';

const procedures = moduleProcedures(eventsModule);

/** The closing report of an event: what officers wrote, and what the check-ins say. */
export const reportProcedures = {
  report: procedures
    .withPermission('event.read')
    .input(eventRegistrations)
    .query(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      if (!(await findEvent(db, input.eventId))) throw appError('NOT_FOUND', 'errors:notFound');
      const report = await db.selectFrom('eventsReport').selectAll().where('eventId', '=', input.eventId).executeTakeFirst();
      const attendees = await db
        .selectFrom('eventsRegistration')
        .select(['audience', 'organisation'])
        .where('eventId', '=', input.eventId)
        .where('checkedInAt', 'is not', null)
        .execute();
      const byAudience: Partial<Record<Audience, number>> = {};
      for (const attendee of attendees) byAudience[attendee.audience] = (byAudience[attendee.audience] ?? 0) + 1;
      const satisfaction = report?.satisfaction ?? [0, 0, 0, 0, 0];
      return {
        minutes: report?.minutes ?? '',
        organisations: report?.organisations ?? [],
        // Organisations the attendees named when registering, for the report's list.
        attendeeOrganisations: [...new Set(attendees.map((attendee) => attendee.organisation).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'fr')),
        satisfaction,
        satisfactionComments: report?.satisfactionComments ?? '',
        ...satisfactionSummary(satisfaction),
        attendees: attendees.length,
        attendeesByAudience: byAudience,
        updatedAt: report?.updatedAt ?? null,
      };
    }),

  saveReport: procedures
    .withPermission('event.manage')
    .input(closingReportInput)
    .mutation(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      const event = await findEvent(db, input.eventId);
      if (!event) throw appError('NOT_FOUND', 'errors:notFound');
      if (event.status === 'draft' || event.status === 'cancelled' || event.startsAt > new Date()) throw appError('BAD_REQUEST', 'events:errors.reportBeforeEvent');
      const before = await db.selectFrom('eventsReport').selectAll().where('eventId', '=', input.eventId).executeTakeFirst();
      const { eventId, ...values } = input;
      await db
        .insertInto('eventsReport')
        .values({ tenantId: ctx.tenant.id, eventId, ...values })
        .onConflict((oc) => oc.columns(['tenantId', 'eventId']).doUpdateSet({ ...values, updatedAt: new Date() }))
        .execute();
      ctx.audit({ entityType: 'events.report', entityId: eventId, before: before ?? null, after: values });
      return { eventId };
    }),
} satisfies TRPCRouterRecord;
