import type { Kysely } from 'kysely';
import { EVENT_KINDS, parisDayStart, type Audience, type EventKind } from '@ancrage/events-domain';
import type { EventsDb } from './events-db';
import { listEvents } from './events.repository';
import type { EventsDatabase } from './events-schema';

/** Events held in a year (published or closed, by start date in Paris) and what came of them. */
export async function yearlyTotals(db: EventsDb, year: number) {
  const events = await listEvents(db, { year, statuses: ['published', 'closed'] });
  const byKind = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, 0])) as Record<EventKind, number>;
  for (const event of events) byKind[event.kind] += 1;
  const sum = (pick: (event: (typeof events)[number]) => number) => events.reduce((total, event) => total + pick(event), 0);
  const attendeesByAudience = await db
    .selectFrom('eventsRegistration as r')
    .innerJoin('eventsEvent as e', (join) => join.onRef('e.tenantId', '=', 'r.tenantId').onRef('e.id', '=', 'r.eventId'))
    .select(['r.audience', (eb) => eb.fn.countAll<number>().as('n')])
    .where('e.status', 'in', ['published', 'closed'])
    .where('e.startsAt', '>=', parisDayStart(`${year}-01-01`))
    .where('e.startsAt', '<', parisDayStart(`${year + 1}-01-01`))
    .where('r.checkedInAt', 'is not', null)
    .groupBy('r.audience')
    .execute();
  return {
    year,
    events: events.length,
    byKind,
    registrations: sum((event) => event.confirmed + event.waiting + event.cancelled),
    confirmed: sum((event) => event.confirmed),
    attended: sum((event) => event.attended),
    contacts: sum((event) => event.contacts),
    projects: sum((event) => event.projects),
    attendeesByAudience: Object.fromEntries(attendeesByAudience.map((row) => [row.audience, Number(row.n)])) as Partial<Record<Audience, number>>,
  };
}
export type YearlyTotals = Awaited<ReturnType<typeof yearlyTotals>>;

/**
 * What other modules may ask of events at runtime (never its tables): the
 * evaluation report's yearly totals, and the events a person attended (the
 * installation module links a project to them).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers hold their own module's typed transaction
export function eventsService(db: Kysely<any>) {
  const events = db as Kysely<EventsDatabase>;
  return {
    yearlyTotals: (year: number) => yearlyTotals(events, year),
    async attendedBy(email: string) {
      return events
        .selectFrom('eventsRegistration as r')
        .innerJoin('eventsEvent as e', (join) => join.onRef('e.tenantId', '=', 'r.tenantId').onRef('e.id', '=', 'r.eventId'))
        .select(['e.id as eventId', 'e.title', 'e.kind', 'e.startsAt', 'r.id as registrationId', 'r.checkedInAt'])
        .where((eb) => eb(eb.fn('lower', ['r.email']), '=', email.trim().toLowerCase()))
        .where('r.checkedInAt', 'is not', null)
        .orderBy('e.startsAt', 'desc')
        .execute();
    },
  };
}
export type EventsService = ReturnType<typeof eventsService>;
