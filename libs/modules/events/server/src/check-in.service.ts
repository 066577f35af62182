import { appError } from '@ancrage/trpc';
import type { EventsDb } from './events-db';
import { lockEvent } from './events.repository';
import { findByCheckInToken, findRegistration, type RegistrationRow } from './registrations.repository';

export interface CheckInOutcome {
  registration: RegistrationRow;
  /** Already checked in earlier (a second scan): nothing changed. */
  alreadyCheckedIn: boolean;
  /** Was on the waiting list and admitted at the door. */
  admitted: boolean;
}

/**
 * Marks a person present. Someone on the waiting list who turns up is admitted
 * by the officer at the door; a cancelled registration is refused.
 */
export async function checkIn(db: EventsDb, eventId: string, registrationId: string, userId: string, now: Date): Promise<CheckInOutcome> {
  const event = await lockEvent(db, eventId);
  const registration = await findRegistration(db, registrationId);
  if (!event || !registration || registration.eventId !== eventId || registration.erasedAt) throw appError('NOT_FOUND', 'events:errors.unknownRegistration');
  if (event.status === 'draft' || event.status === 'cancelled') throw appError('BAD_REQUEST', 'events:errors.checkInNotAllowed');
  if (registration.status === 'cancelled') throw appError('CONFLICT', 'events:errors.checkInCancelled');
  if (registration.checkedInAt) return { registration, alreadyCheckedIn: true, admitted: false };
  const admitted = registration.status === 'waiting';
  const updated = await db
    .updateTable('eventsRegistration')
    .set({
      checkedInAt: now,
      checkedInBy: userId,
      ...(admitted ? { status: 'confirmed' as const, waitlistPosition: null, confirmedAt: now } : {}),
    })
    .where('id', '=', registration.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { registration: updated, alreadyCheckedIn: false, admitted };
}

/** The person of a scanned QR code, for this event only. */
export async function registrationOfTicket(db: EventsDb, eventId: string, token: string): Promise<RegistrationRow> {
  const registration = await findByCheckInToken(db, token);
  if (!registration || registration.erasedAt) throw appError('NOT_FOUND', 'events:errors.unknownTicket');
  if (registration.eventId !== eventId) throw appError('BAD_REQUEST', 'events:errors.otherEventTicket');
  return registration;
}

export async function undoCheckIn(db: EventsDb, eventId: string, registrationId: string): Promise<RegistrationRow> {
  const registration = await findRegistration(db, registrationId);
  if (!registration || registration.eventId !== eventId) throw appError('NOT_FOUND', 'events:errors.unknownRegistration');
  return db.updateTable('eventsRegistration').set({ checkedInAt: null, checkedInBy: null }).where('id', '=', registration.id).returningAll().executeTakeFirstOrThrow();
}
