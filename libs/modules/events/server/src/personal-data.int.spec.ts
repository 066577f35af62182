import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import type { EventsDb } from './events-db';
import { eventsAs, publishedEvent, startPlatform } from './events.int-helpers';
import { parisIn, registrationFor } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe("registrants' personal data", () => {
  it('exports and erases a registrant, keeping the counts of past events and freeing places to come', async () => {
    const past = await publishedEvent(platform, 'meuse', { title: 'Passé', startsAt: parisIn(0.01), endsAt: parisIn(0.2) });
    const coming = await publishedEvent(platform, 'meuse', { title: 'À venir', capacity: 1 });
    const visitor = await eventsAs(platform, 'meuse');
    const person = { email: 'camille@example.org', firstName: 'Camille', lastName: 'Exemple', phone: '06 12 34 56 78' };
    await visitor.register(registrationFor(past, 1, person));
    await visitor.register(registrationFor(coming, 1, person));
    await visitor.register(registrationFor(coming, 2));
    const officer = await eventsAs(platform, 'meuse', 'officer');
    const [attendee] = await officer.registrations({ eventId: past });
    await officer.checkIn({ eventId: past, registrationId: attendee!.id });
    // The evening has taken place since.
    await withTenant(platform.database.db, await platform.tenantId('meuse'), (db) =>
      (db as unknown as EventsDb).updateTable('eventsEvent').set({ startsAt: new Date(Date.now() - 60_000) }).where('id', '=', past).execute(),
    );

    const admin = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' });
    const exported = await admin.admin.personalData.export({ email: 'Camille@example.org' });
    const registrations = exported.modules['events']!['registrations'] as { event: string; phone: string; answers: unknown }[];
    expect(registrations.map((r) => r.event).sort()).toEqual(['Passé', 'À venir']);
    expect(registrations[0]).toMatchObject({ phone: '06 12 34 56 78', answers: { faculty: 'Nancy' } });

    expect((await admin.admin.personalData.erase({ email: 'camille@example.org' })).erased).toBeGreaterThanOrEqual(2);
    const again = await admin.admin.personalData.export({ email: 'camille@example.org' });
    expect(again.modules['events']!['registrations']).toEqual([]);
    expect(await officer.event({ id: past })).toMatchObject({ confirmed: 1, attended: 1 });
    expect((await officer.registrations({ eventId: past })).map((r) => r.email)).toEqual([]);
    expect(await officer.event({ id: coming })).toMatchObject({ confirmed: 0, waiting: 1 });
  });
});
