import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { checkInByTokenInput, checkInInput, eventRegistrations, eventsModule, followUpInput, registrationId, staffRegistrationInput } from '@ancrage/events-domain';
import { checkIn, registrationOfTicket, undoCheckIn } from './check-in.service';
import { staffRegistration } from './event-dto';
import { eventsDb, mailContextOf } from './events-db';
import { findEvent } from './events.repository';
import { cancelRegistration, register } from './registration.service';
import { findRegistration, listRegistrations } from './registrations.repository';

const procedures = moduleProcedures(eventsModule);

/** What the audit keeps of a registration: no name, no address (the audit outlives erasure). */
const audited = (registration: { eventId: string; status: string; audience: string; checkedInAt?: Date | null; followUp?: string }) => ({
  eventId: registration.eventId,
  status: registration.status,
  audience: registration.audience,
  ...(registration.checkedInAt !== undefined ? { checkedInAt: registration.checkedInAt } : {}),
  ...(registration.followUp !== undefined ? { followUp: registration.followUp } : {}),
});

const userOf = (ctx: TenantScopedContext) => ctx.session?.userId ?? '';

/** The back-office side of registrations: the list, guests, cancellations, check-in and follow-up. */
export const registrationProcedures = {
  registrations: procedures
    .withPermission('registration.read')
    .input(eventRegistrations)
    .query(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      if (!(await findEvent(db, input.eventId))) throw appError('NOT_FOUND', 'errors:notFound');
      return (await listRegistrations(db, input.eventId)).map(staffRegistration);
    }),

  addRegistration: procedures
    .withPermission('registration.manage')
    .input(staffRegistrationInput)
    .mutation(async ({ ctx, input }) => {
      const { notify, ...registrant } = input;
      const registration = await register(eventsDb(ctx), mailContextOf(ctx), { ...registrant, locale: ctx.locale }, { staff: true, notify, now: new Date() });
      ctx.audit({ entityType: 'events.registration', entityId: registration.id, after: audited(registration) });
      return { id: registration.id, status: registration.status, waitlistPosition: registration.waitlistPosition };
    }),

  cancelRegistration: procedures
    .withPermission('registration.manage')
    .input(registrationId)
    .mutation(async ({ ctx, input }) => {
      const { before, cancelled, promoted } = await cancelRegistration(eventsDb(ctx), mailContextOf(ctx), input.id, new Date());
      ctx.audit({ entityType: 'events.registration', entityId: input.id, before: audited(before), after: audited(cancelled) });
      for (const registration of promoted) ctx.audit({ action: 'events.promote', entityType: 'events.registration', entityId: registration.id, after: audited(registration) });
      return { promoted: promoted.length };
    }),

  checkIn: procedures
    .withPermission('registration.manage')
    .input(checkInInput)
    .mutation(async ({ ctx, input }) => {
      const outcome = await checkIn(eventsDb(ctx), input.eventId, input.registrationId, userOf(ctx), new Date());
      ctx.audit({ entityType: 'events.registration', entityId: input.registrationId, after: audited(outcome.registration) });
      return { ...outcome, registration: staffRegistration(outcome.registration) };
    }),

  /** A scanned QR code: the ticket's person is checked in, if the ticket belongs to this event. */
  checkInByTicket: procedures
    .withPermission('registration.manage')
    .input(checkInByTokenInput)
    .mutation(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      const ticket = await registrationOfTicket(db, input.eventId, input.token);
      const outcome = await checkIn(db, input.eventId, ticket.id, userOf(ctx), new Date());
      ctx.audit({ entityType: 'events.registration', entityId: ticket.id, after: audited(outcome.registration) });
      return { ...outcome, registration: staffRegistration(outcome.registration) };
    }),

  undoCheckIn: procedures
    .withPermission('registration.manage')
    .input(checkInInput)
    .mutation(async ({ ctx, input }) => {
      const registration = await undoCheckIn(eventsDb(ctx), input.eventId, input.registrationId);
      ctx.audit({ entityType: 'events.registration', entityId: registration.id, after: audited(registration) });
      return staffRegistration(registration);
    }),

  setFollowUp: procedures
    .withPermission('registration.manage')
    .input(followUpInput)
    .mutation(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      const before = await findRegistration(db, input.id);
      if (!before || before.erasedAt) throw appError('NOT_FOUND', 'errors:notFound');
      const after = await db.updateTable('eventsRegistration').set({ followUp: input.followUp }).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'events.registration', entityId: input.id, before: audited(before), after: audited(after) });
      return staffRegistration(after);
    }),
} satisfies TRPCRouterRecord;
