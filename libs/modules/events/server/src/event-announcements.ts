import type { EventsDb, MailContext } from './events-db';
import type { EventRow } from './events.repository';
import { queueRegistrationEmail } from './registration-emails';
import { scheduleReminder } from './reminders';

const PRACTICAL_FIELDS = ['format', 'communeName', 'address', 'onlineUrl'] as const;

/**
 * After an edit of a published event: a new date or place is emailed to the
 * people who have a place (with the updated calendar entry), and a new date
 * gets its own reminder.
 */
export async function announceChanges(db: EventsDb, mail: MailContext, before: EventRow, after: EventRow, now: Date) {
  if (after.status !== 'published' || after.endsAt <= now) return;
  const moved = before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime();
  const relocated = PRACTICAL_FIELDS.some((field) => before[field] !== after[field]);
  if (moved) {
    await db.updateTable('eventsRegistration').set({ remindedAt: null }).where('eventId', '=', after.id).execute();
    await scheduleReminder(db, mail, after, now);
  }
  if (!moved && !relocated) return;
  const confirmed = await db.selectFrom('eventsRegistration').selectAll().where('eventId', '=', after.id).where('status', '=', 'confirmed').where('erasedAt', 'is', null).execute();
  for (const registration of confirmed) await queueRegistrationEmail(db, mail, 'eventChanged', after, registration);
}

/** A cancelled event: everyone with a place or on the waiting list is told. */
export async function announceCancellation(db: EventsDb, mail: MailContext, event: EventRow) {
  const live = await db.selectFrom('eventsRegistration').selectAll().where('eventId', '=', event.id).where('status', 'in', ['confirmed', 'waiting']).where('erasedAt', 'is', null).execute();
  for (const registration of live) await queueRegistrationEmail(db, mail, 'eventCancelled', event, registration);
}
