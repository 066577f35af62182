import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import type { EventsDb } from './events-db';
import { emailsTo, eventsAs, expectFieldErrors, expectRefusal, footprint, publishedEvent, startPlatform } from './events.int-helpers';
import { eventInputFor, parisIn, registrationFor } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const linkIn = (text: string) => /token=([\w%-]+)/.exec(text)?.[1];

describe('registration on the portal', () => {
  it('confirms a place with an email carrying the calendar entry, the QR code and a personal link', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { title: 'Soirée de confirmation' });
    const visitor = await eventsAs(platform, 'meuse');
    const result = await visitor.register(registrationFor(eventId, 1, { email: '  Interne1@Example.org ' }));
    expect(result).toEqual({ status: 'confirmed', waitlistPosition: null, email: 'interne1@example.org' });

    const [email] = await emailsTo(platform, 'meuse', 'interne1@example.org');
    expect(email).toMatchObject({ subject: 'Inscription confirmée : Soirée de confirmation' });
    expect(email!.textBody).toContain('Bonjour Interne1');
    expect(email!.textBody).toContain('evenements@meuse.example.org');
    expect(email!.htmlBody).toContain('<a href="http://ancrage.test/t/meuse/events/registration?token=');
    expect(email!.attachments.map((a) => a.contentType)).toEqual(['text/calendar; charset=utf-8', 'image/png']);
    expect(Buffer.from(email!.attachments[1]!.content, 'base64').subarray(1, 4).toString()).toBe('PNG');

    // The personal page shows the ticket; the QR code holds an opaque token, nothing about the person.
    const token = decodeURIComponent(linkIn(email!.textBody)!);
    const page = await visitor.myRegistration({ token });
    expect(page.registration).toMatchObject({ firstName: 'Interne1', status: 'confirmed' });
    expect(page.event.title).toBe('Soirée de confirmation');
    expect(page.ticketSvg).toMatch(/^<svg/);
    const stored = await withTenant(platform.database.db, await platform.tenantId('meuse'), (db) =>
      (db as unknown as EventsDb).selectFrom('eventsAccessToken').select('tokenHash').execute(),
    );
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);
  });

  it('puts people on a waiting list once the places are taken, in order, and tells them their position', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { title: 'Petite soirée', capacity: 2 });
    const visitor = await eventsAs(platform, 'meuse');
    const outcomes = [];
    for (let n = 10; n < 14; n++) outcomes.push(await visitor.register(registrationFor(eventId, n)));
    expect(outcomes.map((o) => [o.status, o.waitlistPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waiting', 1],
      ['waiting', 2],
    ]);
    const [waiting] = await emailsTo(platform, 'meuse', 'interne13@example.org');
    expect(waiting!.subject).toBe("Liste d'attente : Petite soirée");
    expect(waiting!.textBody).toContain('position 2');
    expect(waiting!.attachments).toEqual([]);
    const event = await (await eventsAs(platform, 'meuse', 'viewer')).publicEvent({ id: eventId });
    expect(event).toMatchObject({ placesLeft: 0, waiting: 2, registration: 'open' });
  });

  it('applies quotas shared across audiences and never offers reserved places to the public', async () => {
    const eventId = await publishedEvent(platform, 'meuse', {
      title: 'Soirée à quotas',
      capacity: 5,
      reservedPlaces: 1,
      quotas: [{ audiences: ['student', 'docteur-junior'], places: 1 }],
    });
    const visitor = await eventsAs(platform, 'meuse');
    expect((await visitor.register(registrationFor(eventId, 20, { audience: 'student' }))).status).toBe('confirmed');
    expect((await visitor.register(registrationFor(eventId, 21, { audience: 'docteur-junior' }))).status).toBe('waiting');
    for (let n = 22; n < 25; n++) expect((await visitor.register(registrationFor(eventId, n))).status).toBe('confirmed');
    // 4 public places taken; the fifth is reserved.
    expect((await visitor.register(registrationFor(eventId, 25))).status).toBe('waiting');
    const officer = await eventsAs(platform, 'meuse', 'officer');
    const guest = await officer.addRegistration({ ...registrationFor(eventId, 26), notify: false });
    expect(guest.status).toBe('confirmed');
  });

  it('refuses the same person twice, with a translated message, and writes nothing', async () => {
    const eventId = await publishedEvent(platform, 'meuse');
    const visitor = await eventsAs(platform, 'meuse');
    await visitor.register(registrationFor(eventId, 30));
    const before = await footprint(platform, 'meuse');
    await expectRefusal(visitor.register(registrationFor(eventId, 31, { email: 'INTERNE30@example.org' })), 'CONFLICT', 'events:errors.alreadyRegistered');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('refuses registrations outside the window, to a cancelled or draft event, and writes nothing', async () => {
    const officer = await eventsAs(platform, 'meuse', 'officer');
    const visitor = await eventsAs(platform, 'meuse');
    const notYet = await publishedEvent(platform, 'meuse', { registrationOpensAt: parisIn(3) });
    const closed = await publishedEvent(platform, 'meuse', { registrationOpensAt: parisIn(-10), registrationClosesAt: parisIn(-1) });
    const cancelled = await publishedEvent(platform, 'meuse');
    await officer.setEventStatus({ id: cancelled, status: 'cancelled' });
    const { id: draft } = await officer.createEvent(eventInputFor());
    const before = await footprint(platform, 'meuse');

    await expectRefusal(visitor.register(registrationFor(notYet, 40)), 'BAD_REQUEST', 'events:errors.registrationNotYetOpen');
    await expectRefusal(visitor.register(registrationFor(closed, 40)), 'BAD_REQUEST', 'events:errors.registrationClosed');
    await expectRefusal(visitor.register(registrationFor(cancelled, 40)), 'BAD_REQUEST', 'events:errors.eventCancelled');
    await expectRefusal(visitor.register(registrationFor(draft, 40)), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(visitor.publicEvent({ id: draft }), 'NOT_FOUND', 'errors:notFound');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('refuses invalid answers and a wrong audience field by field, and writes nothing', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { audiences: ['interne'] });
    const visitor = await eventsAs(platform, 'meuse');
    const before = await footprint(platform, 'meuse');
    await expectFieldErrors(visitor.register(registrationFor(eventId, 50, { answers: { semester: '9e', color: 'bleu' } })), {
      'answers.faculty': 'events:validation.answerRequired',
      'answers.semester': 'events:validation.answerChoice',
      answers: 'events:validation.answerUnknown',
    });
    await expectFieldErrors(visitor.register(registrationFor(eventId, 50, { audience: 'partner' })), { audience: 'events:validation.audienceNotInvited' });
    await expectFieldErrors(visitor.register({ ...registrationFor(eventId, 50), consent: false as true }), { consent: 'events:validation.consent' });
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });
});

describe('cancellation and the waiting list', () => {
  it('promotes the first person of the waiting list when someone cancels, and emails them their ticket', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { title: 'Soirée complète', capacity: 1 });
    const visitor = await eventsAs(platform, 'meuse');
    for (const n of [60, 61, 62]) await visitor.register(registrationFor(eventId, n));
    const [confirmation] = await emailsTo(platform, 'meuse', 'interne60@example.org');
    const token = decodeURIComponent(linkIn(confirmation!.textBody)!);

    expect(await visitor.cancelMyRegistration({ token })).toEqual({ status: 'cancelled' });
    expect((await visitor.myRegistration({ token })).ticketSvg).toBeNull();

    const promoted = await emailsTo(platform, 'meuse', 'interne61@example.org');
    expect(promoted.map((e) => e.subject)).toEqual(["Liste d'attente : Soirée complète", "Une place s'est libérée : Soirée complète"]);
    expect(promoted[1]!.attachments.map((a) => a.filename)).toEqual(['evenement.ics', 'billet-qr-code.png']);
    expect((await emailsTo(platform, 'meuse', 'interne60@example.org')).map((e) => e.subject)).toContain('Inscription annulée : Soirée complète');

    const officer = await eventsAs(platform, 'meuse', 'officer');
    const list = await officer.registrations({ eventId });
    const state = Object.fromEntries(list.map((r) => [r.email, [r.status, r.waitlistPosition]]));
    expect(state).toEqual({ 'interne60@example.org': ['cancelled', null], 'interne61@example.org': ['confirmed', null], 'interne62@example.org': ['waiting', 2] });
    await expectRefusal(visitor.cancelMyRegistration({ token }), 'CONFLICT', 'events:errors.alreadyCancelled');

    // The same person may register again, at the end of the queue.
    expect(await visitor.register(registrationFor(eventId, 60))).toMatchObject({ status: 'waiting', waitlistPosition: 3 });
  });

  it('moves the waiting list up when the officer adds places', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { capacity: 1 });
    const visitor = await eventsAs(platform, 'meuse');
    for (const n of [70, 71, 72]) await visitor.register(registrationFor(eventId, n));
    const officer = await eventsAs(platform, 'meuse', 'officer');
    await officer.updateEvent({ id: eventId, ...eventInputFor({ capacity: 2 }) });
    const statuses = (await officer.registrations({ eventId })).map((r) => [r.email, r.status]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        ['interne71@example.org', 'confirmed'],
        ['interne72@example.org', 'waiting'],
      ]),
    );
  });

  it('refuses an unknown personal link', async () => {
    await expectRefusal((await eventsAs(platform, 'meuse')).myRegistration({ token: 'x'.repeat(43) }), 'NOT_FOUND', 'events:errors.invalidLink');
  });
});

describe('emails around the event', () => {
  it('sends reminders from a background job, once, to people who hold a place', async () => {
    const eventId = await publishedEvent(platform, 'landes', { title: 'Webinaire demain', format: 'online', onlineUrl: 'https://visio.example.org/salle', communeName: '', address: '', startsAt: parisIn(1), endsAt: parisIn(1.1), capacity: 1 });
    const visitor = await eventsAs(platform, 'landes');
    await visitor.register(registrationFor(eventId, 80));
    await visitor.register(registrationFor(eventId, 81));
    await platform.runJobs();
    await platform.runJobs();
    const reminders = (await emailsTo(platform, 'landes', 'interne80@example.org')).filter((e) => e.subject === 'Rappel : Webinaire demain');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.textBody).toContain('https://visio.example.org/salle');
    expect((await emailsTo(platform, 'landes', 'interne81@example.org')).map((e) => e.subject)).toEqual(["Liste d'attente : Webinaire demain"]);
  });

  it('tells everyone registered when the event is cancelled, and when its date changes', async () => {
    const officer = await eventsAs(platform, 'landes', 'officer');
    const visitor = await eventsAs(platform, 'landes');
    const moved = await publishedEvent(platform, 'landes', { title: 'Forum déplacé' });
    await visitor.register(registrationFor(moved, 90, { email: 'deplace@example.org' }));
    await officer.updateEvent({ id: moved, ...eventInputFor({ title: 'Forum déplacé', startsAt: parisIn(20), endsAt: parisIn(20.2) }) });
    expect((await emailsTo(platform, 'landes', 'deplace@example.org')).map((e) => e.subject)).toContain('Changement : Forum déplacé');

    const cancelled = await publishedEvent(platform, 'landes', { title: 'Forum annulé' });
    await visitor.register(registrationFor(cancelled, 91, { email: 'annule@example.org' }));
    await officer.setEventStatus({ id: cancelled, status: 'cancelled' });
    const last = (await emailsTo(platform, 'landes', 'annule@example.org')).at(-1)!;
    expect(last.subject).toBe('Événement annulé : Forum annulé');
    expect(Buffer.from(last.attachments[0]!.content, 'base64').toString()).toContain('STATUS:CANCELLED');
  });

  it('writes to each person in the language they registered in', async () => {
    const eventId = await publishedEvent(platform, 'landes', { title: 'Evening in English' });
    await (await eventsAs(platform, 'landes', undefined, 'en')).register(registrationFor(eventId, 95, { email: 'english@example.org' }));
    const [email] = await emailsTo(platform, 'landes', 'english@example.org');
    expect(email!.subject).toBe('Registration confirmed: Evening in English');
    expect(email!.textBody).toMatch(/Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday/);
  });
});
