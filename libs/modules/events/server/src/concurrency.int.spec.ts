import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { TestPlatform } from '@ancrage/registry/testing';
import { emailsTo, eventsAs, publishedEvent, startPlatform } from './events.int-helpers';
import { registrationFor } from './testing';

// On PostgreSQL (DATABASE_URL set) the 100 requests really run side by side on a
// pool of connections; on PGlite they are serialised, which checks the counting alone.
const backend = inject('databaseTemplate').kind;

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe(`capacity under concurrency (${backend})`, () => {
  it('gives 10 places to 100 simultaneous registrations and queues the other 90 in a strict order', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { title: 'Forum très demandé', capacity: 10 });
    const visitor = await eventsAs(platform, 'meuse');
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, n) => visitor.register(registrationFor(eventId, n))));

    expect(outcomes.filter((o) => o.status === 'confirmed')).toHaveLength(10);
    expect(outcomes.filter((o) => o.status === 'waiting')).toHaveLength(90);
    const positions = outcomes.flatMap((o) => (o.waitlistPosition === null ? [] : [o.waitlistPosition])).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));

    const event = await (await eventsAs(platform, 'meuse', 'officer')).event({ id: eventId });
    expect(event).toMatchObject({ confirmed: 10, waiting: 90, capacity: 10 });
    // Every registrant got exactly one email, matching what they were told.
    for (const n of [0, 50, 99]) {
      const emails = await emailsTo(platform, 'meuse', `interne${n}@example.org`);
      expect(emails).toHaveLength(1);
      expect(emails[0]!.subject.startsWith(outcomes[n]!.status === 'confirmed' ? 'Inscription confirmée' : "Liste d'attente")).toBe(true);
    }
  });

  it('lets one of two simultaneous registrations of the same address through', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { capacity: 10 });
    const visitor = await eventsAs(platform, 'meuse');
    const settled = await Promise.allSettled(Array.from({ length: 5 }, () => visitor.register(registrationFor(eventId, 1))));
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    expect(settled.filter((s) => s.status === 'rejected').map((s) => (s as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
  });

  it('promotes each freed place once when cancellations and registrations cross', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { capacity: 5 });
    const visitor = await eventsAs(platform, 'meuse');
    for (let n = 0; n < 15; n++) await visitor.register(registrationFor(eventId, 200 + n));
    const officer = await eventsAs(platform, 'meuse', 'officer');
    const confirmed = (await officer.registrations({ eventId })).filter((r) => r.status === 'confirmed');
    await Promise.all([
      ...confirmed.slice(0, 3).map((r) => officer.cancelRegistration({ id: r.id })),
      ...Array.from({ length: 5 }, (_, n) => visitor.register(registrationFor(eventId, 300 + n))),
    ]);
    const after = await officer.registrations({ eventId });
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(5);
    const promoted = after.filter((r) => r.promotedAt !== null).map((r) => r.email).sort();
    expect(promoted).toEqual(['interne205@example.org', 'interne206@example.org', 'interne207@example.org']);
  });
});
