import { enqueueJob } from '@ancrage/jobs';
import { moduleJobQueue, type ModuleJobContext } from '@ancrage/module-sdk';
import { eventsModule, type EventsSettings } from '@ancrage/events-domain';
import type { EventsDb, MailContext } from './events-db';
import { lockEvent, type EventRow } from './events.repository';
import { queueRegistrationEmail } from './registration-emails';

export const REMINDER_QUEUE = moduleJobQueue(eventsModule.id, 'reminder');

/** What the reminder job needs to write its emails outside any request. */
interface ReminderPayload {
  eventId: string;
  /** The start it was scheduled for: a rescheduled event has its own job. */
  startsAt: string;
  publicUrl: string;
  tenantName: string;
}

/** Schedules the reminder of a published event, `reminderHoursBefore` its start (right away if that is past). */
export async function scheduleReminder(db: EventsDb, mail: MailContext, event: EventRow, now: Date) {
  const hours = mail.settings.reminderHoursBefore;
  if (event.status !== 'published' || hours === 0 || event.startsAt <= now) return;
  const runAt = new Date(Math.max(event.startsAt.getTime() - hours * 3_600_000, now.getTime()));
  const payload: ReminderPayload = { eventId: event.id, startsAt: event.startsAt.toISOString(), publicUrl: mail.publicUrl, tenantName: mail.tenant.name };
  await enqueueJob(db, { queue: REMINDER_QUEUE, tenantId: mail.tenant.id, payload: { ...payload }, runAt });
}

/** The reminder job: one email to each confirmed person not reminded yet (safe to run twice). */
export async function sendReminders(job: ModuleJobContext) {
  const payload = job.payload as unknown as ReminderPayload;
  const mail: MailContext = {
    tenant: { id: job.tenant.id, slug: job.tenant.slug, name: payload.tenantName },
    publicUrl: payload.publicUrl,
    settings: job.settings as EventsSettings,
  };
  await job.inTenant(async (trx) => {
    const db = trx as EventsDb;
    const now = new Date();
    const event = await lockEvent(db, payload.eventId);
    if (!event || event.status !== 'published' || event.startsAt.toISOString() !== payload.startsAt || event.startsAt <= now) return;
    const due = await db.selectFrom('eventsRegistration').selectAll().where('eventId', '=', event.id).where('status', '=', 'confirmed').where('remindedAt', 'is', null).where('erasedAt', 'is', null).execute();
    for (const registration of due) {
      await queueRegistrationEmail(db, mail, 'reminder', event, registration);
      await db.updateTable('eventsRegistration').set({ remindedAt: now }).where('id', '=', registration.id).execute();
    }
  });
}
