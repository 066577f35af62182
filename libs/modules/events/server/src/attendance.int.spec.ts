import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import { seedDemoEvents } from './demo-seeds';
import type { EventsDb } from './events-db';
import { emailsTo, eventsAs, expectRefusal, publishedEvent, startPlatform } from './events.int-helpers';
import { eventsService } from './events.service';
import { parisIn, registrationFor } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

/** The QR code's token, as the camera reads it from the emailed PNG (here taken from the database). */
async function ticketOf(tenant: string, email: string) {
  const row = await withTenant(platform.database.db, await platform.tenantId(tenant), (db) =>
    (db as unknown as EventsDb).selectFrom('eventsRegistration').select('checkInToken').where('email', '=', email).executeTakeFirstOrThrow(),
  );
  return row.checkInToken;
}

describe('check-in', () => {
  it('checks people in by QR code or by name, once, and admits someone from the waiting list at the door', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { capacity: 1 });
    const visitor = await eventsAs(platform, 'meuse');
    await visitor.register(registrationFor(eventId, 1));
    await visitor.register(registrationFor(eventId, 2));
    const officer = await eventsAs(platform, 'meuse', 'officer');

    const scanned = await officer.checkInByTicket({ eventId, token: await ticketOf('meuse', 'interne1@example.org') });
    expect(scanned).toMatchObject({ alreadyCheckedIn: false, admitted: false, registration: { firstName: 'Interne1', checkedInAt: expect.any(Date) } });
    expect(scanned.registration).not.toHaveProperty('checkInToken');
    expect((await officer.checkInByTicket({ eventId, token: await ticketOf('meuse', 'interne1@example.org') })).alreadyCheckedIn).toBe(true);

    const waiting = (await officer.registrations({ eventId })).find((r) => r.status === 'waiting')!;
    const admitted = await officer.checkIn({ eventId, registrationId: waiting.id });
    expect(admitted).toMatchObject({ admitted: true, registration: { status: 'confirmed', waitlistPosition: null } });
    const undone = await officer.undoCheckIn({ eventId, registrationId: waiting.id });
    expect(undone.checkedInAt).toBeNull();
  });

  it('refuses unknown tickets, tickets of another event and cancelled registrations', async () => {
    const eventId = await publishedEvent(platform, 'meuse');
    const other = await publishedEvent(platform, 'meuse');
    const visitor = await eventsAs(platform, 'meuse');
    await visitor.register(registrationFor(other, 3));
    await visitor.register(registrationFor(eventId, 4));
    const officer = await eventsAs(platform, 'meuse', 'officer');
    await expectRefusal(officer.checkInByTicket({ eventId, token: 'inconnu-0123456789' }), 'NOT_FOUND', 'events:errors.unknownTicket');
    await expectRefusal(officer.checkInByTicket({ eventId, token: await ticketOf('meuse', 'interne3@example.org') }), 'BAD_REQUEST', 'events:errors.otherEventTicket');
    const [registration] = await officer.registrations({ eventId });
    await officer.cancelRegistration({ id: registration!.id });
    await expectRefusal(officer.checkIn({ eventId, registrationId: registration!.id }), 'CONFLICT', 'events:errors.checkInCancelled');
    await expectRefusal(officer.cancelRegistration({ id: registration!.id }), 'CONFLICT', 'events:errors.alreadyCancelled');
    // Readers never check anyone in.
    await expectRefusal((await eventsAs(platform, 'meuse', 'viewer')).checkIn({ eventId, registrationId: registration!.id }), 'FORBIDDEN', 'errors:forbidden');
  });

  it('adds a guest on a reserved place from the back-office, with or without an email', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { capacity: 2, reservedPlaces: 1 });
    const officer = await eventsAs(platform, 'meuse', 'officer');
    await (await eventsAs(platform, 'meuse')).register(registrationFor(eventId, 5));
    const guest = await officer.addRegistration({ ...registrationFor(eventId, 6, { email: 'elu@example.org', audience: 'interne' }), notify: true });
    expect(guest).toMatchObject({ status: 'confirmed' });
    expect((await emailsTo(platform, 'meuse', 'elu@example.org'))[0]!.subject).toMatch(/^Inscription confirmée/);
    const silent = await officer.addRegistration({ ...registrationFor(eventId, 7, { email: 'discret@example.org' }), notify: false });
    expect(silent.status).toBe('waiting');
    expect(await emailsTo(platform, 'meuse', 'discret@example.org')).toEqual([]);
  });
});

describe('closing report and indicators', () => {
  it('computes the funnel registrations → attendance → contacts and projects, and keeps the report', async () => {
    const eventId = await publishedEvent(platform, 'landes', { startsAt: parisIn(0.02), endsAt: parisIn(0.2), capacity: 4 });
    const visitor = await eventsAs(platform, 'landes');
    for (let n = 0; n < 6; n++) await visitor.register(registrationFor(eventId, n, { organisation: n < 2 ? 'CPTS du Marsan (fictive)' : '' }));
    const officer = await eventsAs(platform, 'landes', 'officer');
    const confirmed = (await officer.registrations({ eventId })).filter((r) => r.status === 'confirmed');
    for (const registration of confirmed.slice(0, 3)) await officer.checkIn({ eventId, registrationId: registration.id });
    await officer.setFollowUp({ id: confirmed[0]!.id, followUp: 'contact' });
    await officer.setFollowUp({ id: confirmed[1]!.id, followUp: 'project' });

    const event = await (await eventsAs(platform, 'landes', 'viewer')).event({ id: eventId });
    expect(event).toMatchObject({ confirmed: 4, waiting: 2, attended: 3, contacts: 1, projects: 1, kpis: { registrations: 6, attendance: 0.75 } });
    expect(event.kpis.contact).toBeCloseTo(1 / 3);

    await expectRefusal(officer.saveReport({ eventId, minutes: 'Trop tôt' }), 'BAD_REQUEST', 'events:errors.reportBeforeEvent');
    await withTenant(platform.database.db, await platform.tenantId('landes'), (db) =>
      (db as unknown as EventsDb).updateTable('eventsEvent').set({ startsAt: new Date(Date.now() - 60_000) }).where('id', '=', eventId).execute(),
    );
    await officer.saveReport({ eventId, minutes: 'Bonne participation.', organisations: ['ARS (fictive)'], satisfaction: [0, 0, 1, 1, 2], satisfactionComments: 'Très utile.' });
    await officer.setEventStatus({ id: eventId, status: 'closed' });
    const report = await (await eventsAs(platform, 'landes', 'partner')).report({ eventId });
    expect(report).toMatchObject({
      minutes: 'Bonne participation.',
      organisations: ['ARS (fictive)'],
      attendeeOrganisations: ['CPTS du Marsan (fictive)'],
      respondents: 4,
      average: 4.3,
      attendees: 3,
      attendeesByAudience: { interne: 3 },
    });
  });

  it("totals the year's events for the evaluation report", async () => {
    const totals = await (await eventsAs(platform, 'landes', 'viewer')).yearlyTotals({ year: new Date().getFullYear() });
    expect(totals).toMatchObject({ events: expect.any(Number), attended: expect.any(Number) });
    const service = await withTenant(platform.database.db, await platform.tenantId('landes'), (db) => eventsService(db).yearlyTotals(new Date().getFullYear()));
    expect(service).toEqual(totals);
  });
});

describe('demo data', () => {
  it('seeds a welcome evening and a discovery weekend, fictitious, once', async () => {
    await platform.createTenant({ slug: 'demo-meuse', name: 'Démo', departementCode: '88', modules: { events: { enabled: true, settings: {} } } });
    const tenantId = await platform.tenantId('demo-meuse');
    const now = new Date();
    for (let run = 0; run < 2; run++) await withTenant(platform.database.db, tenantId, (db) => seedDemoEvents(db as unknown as EventsDb, tenantId, '55', now));
    const events = await withTenant(platform.database.db, tenantId, (db) =>
      (db as unknown as EventsDb).selectFrom('eventsEvent').select(['id', 'title', 'kind', 'status']).orderBy('startsAt').execute(),
    );
    expect(events.map((e) => [e.kind, e.status])).toEqual([
      ['discovery-weekend', 'closed'],
      ['welcome-evening', 'published'],
    ]);
    expect(events.every((e) => /fictif|fictive/.test(e.title))).toBe(true);
    await platform.createUser({ email: 'officer@demo-meuse.test', tenant: 'demo-meuse', role: 'officer' });
    const officer = await eventsAs(platform, 'demo-meuse', 'officer');
    const weekend = await officer.event({ id: events[0]!.id });
    expect(weekend).toMatchObject({ confirmed: 12, waiting: 3, attended: 10 });
    const people = await officer.registrations({ eventId: events[1]!.id });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.lastName.includes('(fictif)') && p.email.endsWith('@example.org'))).toBe(true);
    expect((await officer.report({ eventId: events[0]!.id })).respondents).toBe(10);
  });
});
