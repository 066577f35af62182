import { placesLeft, registrationState } from '@ancrage/events-domain';
import type { EventWithCounts } from './events.repository';
import type { RegistrationRow } from './registrations.repository';

/** An event as the portal shows it in a list: never the online link (sent to registrants). */
export function publicEventSummary(event: EventWithCounts, now: Date) {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    kind: event.kind,
    format: event.format,
    status: event.status,
    communeName: event.communeName,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    audiences: event.audiences,
    placesLeft: placesLeft(event, { confirmed: event.confirmed, byAudience: {} }),
    waiting: event.waiting,
    registration: registrationState(event, now),
    registrationOpensAt: event.registrationOpensAt,
    registrationClosesAt: event.registrationClosesAt ?? event.startsAt,
  };
}

/** The portal's event page: the summary plus what the registration form needs. */
export function publicEventDetail(event: EventWithCounts, now: Date) {
  return {
    ...publicEventSummary(event, now),
    description: event.description,
    address: event.address,
    accessHints: event.accessHints,
    agenda: event.agenda,
    partners: event.partners,
    questions: event.questions,
  };
}

/** A registration in the back-office: everything but the check-in token (that stays in the QR code). */
export function staffRegistration(registration: RegistrationRow) {
  const { checkInToken: _token, searchText: _search, tenantId: _tenant, ...rest } = registration;
  return rest;
}
