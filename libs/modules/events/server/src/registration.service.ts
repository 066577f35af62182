import { appError, invalidInput } from '@ancrage/trpc';
import {
  formatMoment,
  hasPlaceFor,
  promotionsFrom,
  registrationDetailsSchema,
  registrationState,
  searchText,
  type Answers,
  type Audience,
} from '@ancrage/events-domain';
import type { EventsDb, MailContext } from './events-db';
import { lockEvent, occupancyOf, waitingListOf, type EventRow } from './events.repository';
import { queueRegistrationEmail } from './registration-emails';
import { findLiveRegistration, findRegistration, insertRegistration, newCheckInToken, type RegistrationRow } from './registrations.repository';

export interface Registrant {
  eventId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  audience: Audience;
  organisation: string;
  answers: Answers;
  locale: string;
}

export interface RegisterOptions {
  /** An officer adding a guest: no registration window, reserved places usable. */
  staff: boolean;
  notify: boolean;
  now: Date;
}

/** Refuses, in the visitor's words, a registration the event does not take now. */
function assertOpen(event: EventRow, now: Date, locale: string) {
  const state = registrationState(event, now);
  switch (state) {
    case 'open':
      return;
    case 'unpublished':
      throw appError('NOT_FOUND', 'errors:notFound');
    case 'cancelled':
      throw appError('BAD_REQUEST', 'events:errors.eventCancelled');
    case 'not-yet-open':
      throw appError('BAD_REQUEST', 'events:errors.registrationNotYetOpen', { date: event.registrationOpensAt ? formatMoment(event.registrationOpensAt, locale) : '' });
    case 'closed':
      throw appError('BAD_REQUEST', 'events:errors.registrationClosed');
  }
}

/**
 * Registers a person: a place if one is left for their audience, otherwise the
 * next position on the waiting list. The event row stays locked until commit,
 * so simultaneous registrations are counted one after the other.
 */
export async function register(db: EventsDb, mail: MailContext, registrant: Registrant, options: RegisterOptions): Promise<RegistrationRow> {
  const event = await lockEvent(db, registrant.eventId);
  if (!event) throw appError('NOT_FOUND', 'errors:notFound');
  if (options.staff) {
    if (event.status === 'draft') throw appError('BAD_REQUEST', 'events:errors.notPublished');
    if (event.status === 'cancelled') throw appError('BAD_REQUEST', 'events:errors.eventCancelled');
  } else {
    assertOpen(event, options.now, registrant.locale);
  }
  // Officers adding a guest may not know every answer: none is required of them.
  const questions = options.staff ? event.questions.map((question) => ({ ...question, required: false })) : event.questions;
  const details = registrationDetailsSchema({ audiences: event.audiences, questions }).safeParse({ audience: registrant.audience, answers: registrant.answers });
  if (!details.success) throw invalidInput(details.error);
  if (await findLiveRegistration(db, event.id, registrant.email)) throw appError('CONFLICT', 'events:errors.alreadyRegistered');

  const gotPlace = hasPlaceFor(event, await occupancyOf(db, event.id), registrant.audience, { useReserved: options.staff });
  let waitlistPosition: number | null = null;
  if (!gotPlace) {
    waitlistPosition = event.waitlistSequence + 1;
    await db.updateTable('eventsEvent').set({ waitlistSequence: waitlistPosition }).where('id', '=', event.id).execute();
  }
  const registration = await insertRegistration(db, {
    tenantId: mail.tenant.id,
    eventId: event.id,
    firstName: registrant.firstName,
    lastName: registrant.lastName,
    email: registrant.email,
    phone: registrant.phone,
    audience: details.data.audience,
    organisation: registrant.organisation,
    answers: JSON.stringify(details.data.answers),
    locale: registrant.locale,
    searchText: searchText(`${registrant.firstName} ${registrant.lastName} ${registrant.email} ${registrant.organisation}`),
    status: gotPlace ? 'confirmed' : 'waiting',
    waitlistPosition,
    confirmedAt: gotPlace ? options.now : null,
    checkInToken: newCheckInToken(),
    source: options.staff ? 'back-office' : 'portal',
  });
  if (options.notify) await queueRegistrationEmail(db, mail, gotPlace ? 'confirmed' : 'waiting', event, registration);
  return registration;
}

/**
 * Gives freed places to the waiting list, in order (skipping people whose
 * audience quota is full), and tells each promoted person by email. Only while
 * the event is published and not started. The caller holds the event lock.
 */
export async function fillFreePlaces(db: EventsDb, mail: MailContext, event: EventRow, now: Date): Promise<RegistrationRow[]> {
  if (event.status !== 'published' || now >= event.startsAt) return [];
  const ids = promotionsFrom(event, await occupancyOf(db, event.id), await waitingListOf(db, event.id));
  const promoted: RegistrationRow[] = [];
  for (const id of ids) {
    const registration = await db
      .updateTable('eventsRegistration')
      .set({ status: 'confirmed', waitlistPosition: null, confirmedAt: now, promotedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await queueRegistrationEmail(db, mail, 'promoted', event, registration);
    promoted.push(registration);
  }
  return promoted;
}

/** Cancels a registration (by the person or by staff) and promotes from the waiting list. */
export async function cancelRegistration(db: EventsDb, mail: MailContext, registrationId: string, now: Date) {
  const found = await findRegistration(db, registrationId);
  if (!found) throw appError('NOT_FOUND', 'errors:notFound');
  const event = await lockEvent(db, found.eventId);
  // Read again under the lock: a concurrent cancellation or promotion may have changed it.
  const registration = await findRegistration(db, registrationId);
  if (!event || !registration) throw appError('NOT_FOUND', 'errors:notFound');
  if (registration.status === 'cancelled') throw appError('CONFLICT', 'events:errors.alreadyCancelled');
  if (registration.checkedInAt) throw appError('CONFLICT', 'events:errors.cancelAfterCheckIn');
  const cancelled = await db
    .updateTable('eventsRegistration')
    .set({ status: 'cancelled', waitlistPosition: null, cancelledAt: now })
    .where('id', '=', registration.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await queueRegistrationEmail(db, mail, 'cancelled', event, cancelled);
  const promoted = registration.status === 'confirmed' ? await fillFreePlaces(db, mail, event, now) : [];
  return { before: registration, cancelled, promoted };
}
