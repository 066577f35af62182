import { sql } from 'kysely';
import type { PersonalDataHandler } from '@ancrage/module-sdk';
import type { RegistrationStatus } from '@ancrage/events-domain';
import type { EventsDb } from './events-db';
import { anonymisedRegistration } from './retention';

/**
 * RGPD rights for registrants, found by email address: export of their
 * registrations, and erasure that keeps the counts (attendance, audiences)
 * but nothing about the person. Registrations to events to come are withdrawn.
 */
export const eventsPersonalData: PersonalDataHandler = {
  async export(scope, subject) {
    const db = scope.db as EventsDb;
    const registrations = await db
      .selectFrom('eventsRegistration as r')
      .innerJoin('eventsEvent as e', (join) => join.onRef('e.tenantId', '=', 'r.tenantId').onRef('e.id', '=', 'r.eventId'))
      .select([
        'e.title as event',
        'e.startsAt as eventStartsAt',
        'r.firstName',
        'r.lastName',
        'r.email',
        'r.phone',
        'r.audience',
        'r.organisation',
        'r.answers',
        'r.status',
        'r.waitlistPosition',
        'r.createdAt',
        'r.cancelledAt',
        'r.checkedInAt',
        'r.followUp',
      ])
      .where((eb) => eb(eb.fn('lower', ['r.email']), '=', subject.email.trim().toLowerCase()))
      .orderBy('e.startsAt')
      .execute();
    return { registrations };
  },

  async erase(scope, subject) {
    const db = scope.db as EventsDb;
    const now = new Date();
    const erased = await db
      .updateTable('eventsRegistration')
      .set({
        ...anonymisedRegistration,
        erasedAt: now,
        // Withdrawn from events to come (the place goes back to the pool); kept as counted for past ones.
        status: sql<RegistrationStatus>`case when status = 'waiting' or event_id in (select id from events_event where starts_at > ${now}) then 'cancelled' else status end`,
        cancelledAt: sql<Date | null>`case when status = 'waiting' or event_id in (select id from events_event where starts_at > ${now}) then coalesce(cancelled_at, ${now}) else cancelled_at end`,
        waitlistPosition: null,
      })
      .where((eb) => eb(eb.fn('lower', ['email']), '=', subject.email.trim().toLowerCase()))
      .returning('id')
      .execute();
    if (erased.length > 0) await db.deleteFrom('eventsAccessToken').where('registrationId', 'in', erased.map((row) => row.id)).execute();
    return erased.length;
  },
};
