import { enqueueJob } from '@ancrage/jobs';
import { moduleJobQueue, type ModuleJobContext } from '@ancrage/module-sdk';
import { eventsModule } from '@ancrage/events-domain';
import type { EventsDb } from './events-db';
import type { EventRow } from './events.repository';

export const RETENTION_QUEUE = moduleJobQueue(eventsModule.id, 'anonymise');
const RETENTION_MONTHS = eventsModule.personalData[0]?.retentionMonths ?? 24;

/** Keeps the counts, forgets the people: what erasure and the end of retention leave of a registration. */
export const anonymisedRegistration = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  organisation: '',
  answers: '{}',
  searchText: '',
} as const;

export function retentionEnd(event: Pick<EventRow, 'endsAt'>): Date {
  const end = new Date(event.endsAt);
  end.setUTCMonth(end.getUTCMonth() + RETENTION_MONTHS);
  return end;
}

/** Registrants' data of a closed or cancelled event is anonymised once its retention period is over. */
export async function scheduleAnonymisation(db: EventsDb, tenantId: string, event: EventRow) {
  await enqueueJob(db, { queue: RETENTION_QUEUE, tenantId, payload: { eventId: event.id }, runAt: retentionEnd(event) });
}

export async function anonymiseEvent(job: ModuleJobContext) {
  const eventId = String(job.payload['eventId']);
  await job.inTenant(async (trx) => {
    const db = trx as EventsDb;
    const event = await db.selectFrom('eventsEvent').select(['id', 'endsAt', 'status']).where('id', '=', eventId).executeTakeFirst();
    // Reopened, or moved later since: the job scheduled at its next closing applies.
    if (!event || (event.status !== 'closed' && event.status !== 'cancelled') || retentionEnd(event) > new Date()) return;
    const now = new Date();
    const anonymised = await db
      .updateTable('eventsRegistration')
      .set({ ...anonymisedRegistration, erasedAt: now })
      .where('eventId', '=', eventId)
      .where('erasedAt', 'is', null)
      .returning('id')
      .execute();
    if (anonymised.length > 0) {
      await db.deleteFrom('eventsAccessToken').where('registrationId', 'in', anonymised.map((row) => row.id)).execute();
    }
  });
}
