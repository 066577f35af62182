import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { accessTokenInput, eventId, eventsModule, publicEventsInput, registrationInput } from '@ancrage/events-domain';
import { calendarFeedIcs, eventIcs } from './event-calendar';
import { publicEventDetail, publicEventSummary } from './event-dto';
import { eventsDb, mailContextOf } from './events-db';
import { eventWithCounts, listEvents } from './events.repository';
import { cancelRegistration, register } from './registration.service';
import { findByAccessToken } from './registrations.repository';
import { ticketQrSvg } from './ticket-qr';

const procedures = moduleProcedures(eventsModule);

/** Drafts do not exist for the public. */
async function publicEventOrNotFound(ctx: TenantScopedContext, id: string) {
  const event = await eventWithCounts(eventsDb(ctx), id);
  if (!event || event.status === 'draft') throw appError('NOT_FOUND', 'errors:notFound');
  return event;
}

async function registrationOfLink(ctx: TenantScopedContext, token: string) {
  const registration = await findByAccessToken(eventsDb(ctx), token);
  if (!registration) throw appError('NOT_FOUND', 'events:errors.invalidLink');
  return registration;
}

/** Up to a year back in the feed: calendars keep past entries, without growing for ever. */
const FEED_HISTORY_DAYS = 365;

/** The tenant's portal: listing, event page, registration, the personal page and calendars. */
export const portalProcedures = {
  publicEvents: procedures
    .public()
    .input(publicEventsInput)
    .query(async ({ ctx, input }) => {
      const now = new Date();
      const events = await listEvents(eventsDb(ctx), { ...input, statuses: ['published', 'closed', 'cancelled'], now });
      return events.map((event) => publicEventSummary(event, now));
    }),

  publicEvent: procedures
    .public()
    .input(eventId)
    .query(async ({ ctx, input }) => publicEventDetail(await publicEventOrNotFound(ctx, input.id), new Date())),

  register: procedures
    .public()
    .input(registrationInput)
    .mutation(async ({ ctx, input }) => {
      const { consent: _consent, ...registrant } = input;
      const registration = await register(eventsDb(ctx), mailContextOf(ctx), { ...registrant, locale: ctx.locale }, { staff: false, notify: true, now: new Date() });
      ctx.audit({ entityType: 'events.registration', entityId: registration.id, after: { eventId: registration.eventId, status: registration.status, audience: registration.audience } });
      return { status: registration.status, waitlistPosition: registration.waitlistPosition, email: registration.email };
    }),

  /** The personal page of an emailed link: status, ticket (QR code) while it holds a place. */
  myRegistration: procedures
    .public()
    .input(accessTokenInput)
    .query(async ({ ctx, input }) => {
      const registration = await registrationOfLink(ctx, input.token);
      const stored = await publicEventOrNotFound(ctx, registration.eventId);
      const holdsPlace = registration.status === 'confirmed' && stored.status !== 'cancelled';
      return {
        registration: {
          firstName: registration.firstName,
          lastName: registration.lastName,
          email: registration.email,
          audience: registration.audience,
          status: registration.status,
          waitlistPosition: registration.waitlistPosition,
          checkedInAt: registration.checkedInAt,
          createdAt: registration.createdAt,
        },
        event: { ...publicEventDetail(stored, new Date()), onlineUrl: holdsPlace ? stored.onlineUrl : '' },
        ticketSvg: holdsPlace ? await ticketQrSvg(registration.checkInToken) : null,
      };
    }),

  cancelMyRegistration: procedures
    .public()
    .input(accessTokenInput)
    .mutation(async ({ ctx, input }) => {
      const registration = await registrationOfLink(ctx, input.token);
      const event = await publicEventOrNotFound(ctx, registration.eventId);
      if (event.endsAt <= new Date()) throw appError('BAD_REQUEST', 'events:errors.eventOver');
      const { before, cancelled, promoted } = await cancelRegistration(eventsDb(ctx), mailContextOf(ctx), registration.id, new Date());
      ctx.audit({ entityType: 'events.registration', entityId: registration.id, before: { status: before.status }, after: { status: cancelled.status } });
      for (const person of promoted) ctx.audit({ action: 'events.promote', entityType: 'events.registration', entityId: person.id, after: { status: person.status } });
      return { status: cancelled.status };
    }),

  /** One event for a calendar app (the "add to my calendar" download). */
  eventCalendar: procedures
    .public()
    .input(eventId)
    .query(async ({ ctx, input }) => {
      const event = await publicEventOrNotFound(ctx, input.id);
      // The online link is for registrants: the public entry points to the event page.
      return { filename: 'evenement.ics', content: eventIcs({ ...event, onlineUrl: '' }, mailContextOf(ctx), ctx.locale) };
    }),

  /** The tenant's calendar of events (also served as a plain URL for subscriptions, see the README of the module). */
  calendarFeed: procedures.public().query(async ({ ctx }) => {
    const from = new Date(Date.now() - FEED_HISTORY_DAYS * 86_400_000);
    const events = await listEvents(eventsDb(ctx), { statuses: ['published', 'closed', 'cancelled'], now: from });
    return { filename: `evenements-${ctx.tenant.slug}.ics`, content: calendarFeedIcs(events, mailContextOf(ctx), ctx.locale) };
  }),
} satisfies TRPCRouterRecord;
