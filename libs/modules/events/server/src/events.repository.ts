import { sql, type Selectable } from 'kysely';
import { addDays, parisDayStart, type Audience, type EventKind, type EventStatus, type Occupancy, type Waiting } from '@ancrage/events-domain';
import type { EventsDb } from './events-db';
import type { EventsEventTable } from './events-schema';

export type EventRow = Selectable<EventsEventTable>;

export function findEvent(db: EventsDb, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('eventsEvent').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Locks the event row until the transaction ends: every change of its places
 * (registration, cancellation, promotion, check-in) goes through here, one at a time.
 */
export function lockEvent(db: EventsDb, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('eventsEvent').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function occupancyOf(db: EventsDb, eventId: string): Promise<Occupancy> {
  const rows = await db
    .selectFrom('eventsRegistration')
    .select(['audience', (eb) => eb.fn.countAll<number>().as('n')])
    .where('eventId', '=', eventId)
    .where('status', '=', 'confirmed')
    .groupBy('audience')
    .execute();
  const byAudience: Partial<Record<Audience, number>> = {};
  for (const row of rows) byAudience[row.audience] = Number(row.n);
  return { confirmed: rows.reduce((sum, row) => sum + Number(row.n), 0), byAudience };
}

export async function waitingListOf(db: EventsDb, eventId: string): Promise<Waiting[]> {
  const rows = await db
    .selectFrom('eventsRegistration')
    .select(['id', 'audience', 'waitlistPosition'])
    .where('eventId', '=', eventId)
    .where('status', '=', 'waiting')
    .orderBy('waitlistPosition')
    .execute();
  return rows.map((row) => ({ id: row.id, audience: row.audience, position: row.waitlistPosition ?? 0 }));
}

/** Registrations of each event by status, attendance and follow-ups. */
function countsByEvent(db: EventsDb) {
  return db
    .selectFrom('eventsRegistration')
    .select((eb) => [
      'tenantId',
      'eventId',
      eb.fn.countAll<number>().filterWhere('status', '=', 'confirmed').as('confirmed'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'waiting').as('waiting'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'cancelled').as('cancelled'),
      eb.fn.countAll<number>().filterWhere('checkedInAt', 'is not', null).as('attended'),
      eb.fn.countAll<number>().filterWhere('followUp', '=', 'contact').as('contacts'),
      eb.fn.countAll<number>().filterWhere('followUp', '=', 'project').as('projects'),
    ])
    .groupBy(['tenantId', 'eventId']);
}

export interface EventFilter {
  statuses?: readonly EventStatus[];
  audience?: Audience | undefined;
  kind?: EventKind | undefined;
  /** Paris days, both included; without `from`, events not over at `now`. */
  from?: string | undefined;
  to?: string | undefined;
  now?: Date;
  year?: number | undefined;
}

/** Events with their registration counts, by start date. */
export async function listEvents(db: EventsDb, filter: EventFilter) {
  let query = db
    .selectFrom('eventsEvent as e')
    .leftJoin(countsByEvent(db).as('c'), (join) => join.onRef('c.tenantId', '=', 'e.tenantId').onRef('c.eventId', '=', 'e.id'))
    .selectAll('e')
    .select((eb) => [
      eb.fn.coalesce('c.confirmed', sql<number>`0`).as('confirmed'),
      eb.fn.coalesce('c.waiting', sql<number>`0`).as('waiting'),
      eb.fn.coalesce('c.cancelled', sql<number>`0`).as('cancelled'),
      eb.fn.coalesce('c.attended', sql<number>`0`).as('attended'),
      eb.fn.coalesce('c.contacts', sql<number>`0`).as('contacts'),
      eb.fn.coalesce('c.projects', sql<number>`0`).as('projects'),
    ]);
  if (filter.statuses) query = query.where('e.status', 'in', [...filter.statuses]);
  if (filter.audience) query = query.where((eb) => eb(eb.val(filter.audience), '=', eb.fn.any('e.audiences')));
  if (filter.kind) query = query.where('e.kind', '=', filter.kind);
  if (filter.from) query = query.where('e.endsAt', '>', parisDayStart(filter.from));
  else if (filter.now) query = query.where('e.endsAt', '>', filter.now);
  if (filter.to) query = query.where('e.startsAt', '<', parisDayStart(addDays(filter.to, 1)));
  if (filter.year) query = query.where('e.startsAt', '>=', parisDayStart(`${filter.year}-01-01`)).where('e.startsAt', '<', parisDayStart(`${filter.year + 1}-01-01`));
  const rows = await query.orderBy('e.startsAt').orderBy('e.id').execute();
  return rows.map((row) => ({
    ...row,
    confirmed: Number(row.confirmed),
    waiting: Number(row.waiting),
    cancelled: Number(row.cancelled),
    attended: Number(row.attended),
    contacts: Number(row.contacts),
    projects: Number(row.projects),
  }));
}
export type EventWithCounts = Awaited<ReturnType<typeof listEvents>>[number];

export async function eventWithCounts(db: EventsDb, id: string): Promise<EventWithCounts | undefined> {
  const event = await findEvent(db, id);
  if (!event) return undefined;
  const [counts] = await countsByEvent(db).where('eventId', '=', id).execute();
  const n = (value: unknown) => Number(value ?? 0);
  return {
    ...event,
    confirmed: n(counts?.confirmed),
    waiting: n(counts?.waiting),
    cancelled: n(counts?.cancelled),
    attended: n(counts?.attended),
    contacts: n(counts?.contacts),
    projects: n(counts?.projects),
  };
}

export async function hasRegistrations(db: EventsDb, eventId: string): Promise<boolean> {
  return (await db.selectFrom('eventsRegistration').select('id').where('eventId', '=', eventId).limit(1).executeTakeFirst()) !== undefined;
}
