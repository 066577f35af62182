import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import { eventsAs, expectFieldErrors, expectRefusal, footprint, publishedEvent, ROLES, startPlatform } from './events.int-helpers';
import { eventInputFor, parisIn, registrationFor } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const auditOf = async (tenant: string, entityId: string) =>
  withTenant(platform.database.db, await platform.tenantId(tenant), (db) =>
    db.selectFrom('platformAudit').select(['action', 'entityType', 'userId', 'before', 'after']).where('entityId', '=', entityId).orderBy('id').execute(),
  );

describe('events in the back-office', () => {
  it('creates a draft in Paris time that every role reads, and audits it', async () => {
    const officer = await eventsAs(platform, 'meuse', 'officer');
    const input = eventInputFor({ title: 'Week-end découverte', kind: 'discovery-weekend', startsAt: '2027-07-03T09:00', endsAt: '2027-07-04T17:00', agenda: [{ startsAt: '2027-07-04T10:00', title: 'Visite' }, { startsAt: '2027-07-03T09:00', title: 'Accueil' }] });
    const { id } = await officer.createEvent(input);
    for (const role of ROLES) {
      const event = await (await eventsAs(platform, 'meuse', role)).event({ id });
      expect(event, role).toMatchObject({ title: 'Week-end découverte', status: 'draft', confirmed: 0 });
      // 09:00 in Paris in July is 07:00 UTC.
      expect(event.startsAt.toISOString()).toBe('2027-07-03T07:00:00.000Z');
      expect(event.agenda.map((item) => item.title)).toEqual(['Accueil', 'Visite']);
    }
    const [record] = await auditOf('meuse', id);
    expect(record).toMatchObject({ action: 'events.createEvent', entityType: 'events.event', userId: expect.any(String) });
  });

  it('refuses inconsistent events field by field', async () => {
    const officer = await eventsAs(platform, 'meuse', 'officer');
    const before = await footprint(platform, 'meuse');
    await expectFieldErrors(
      officer.createEvent(
        eventInputFor({
          format: 'hybrid',
          startsAt: '2027-03-10T18:00',
          endsAt: '2027-03-10T17:00',
          capacity: 5,
          reservedPlaces: 5,
          audiences: ['interne'],
          quotas: [{ audiences: ['student'], places: 8 }],
          registrationClosesAt: '2027-03-11T10:00',
        }),
      ),
      {
        endsAt: 'events:validation.endsBeforeStart',
        onlineUrl: 'events:validation.onlineUrlRequired',
        reservedPlaces: 'events:validation.reservedTooMany',
        'quotas.0.audiences': 'events:validation.quotaAudience',
        'quotas.0.places': 'events:validation.quotaTooLarge',
        registrationClosesAt: 'events:validation.closesAfterEnd',
      },
    );
    await expectFieldErrors(officer.createEvent(eventInputFor({ questions: [{ id: 'transport', label: 'Transport', type: 'choice', options: ['Train'] }] })), {
      'questions.0.options': 'events:validation.optionsNeeded',
    });
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('follows the publication workflow and refuses the other steps', async () => {
    const officer = await eventsAs(platform, 'meuse', 'officer');
    const { id } = await officer.createEvent(eventInputFor());
    await expectRefusal(officer.setEventStatus({ id, status: 'closed' }), 'BAD_REQUEST', 'events:errors.transition');
    expect(await officer.setEventStatus({ id, status: 'published' })).toEqual({ id, status: 'published' });
    expect((await (await eventsAs(platform, 'meuse')).publicEvents({})).map((e) => e.id)).toContain(id);
    await (await eventsAs(platform, 'meuse')).register(registrationFor(id, 1));
    await expectRefusal(officer.setEventStatus({ id, status: 'draft' }), 'BAD_REQUEST', 'events:errors.unpublishWithRegistrations');
    await officer.setEventStatus({ id, status: 'cancelled' });
    await expectRefusal(officer.updateEvent({ id, ...eventInputFor() }), 'BAD_REQUEST', 'events:errors.cancelledReadOnly');
    await expectRefusal(officer.setEventStatus({ id, status: 'published' }), 'BAD_REQUEST', 'events:errors.transition');
  });

  it('lets only staff who manage events change them', async () => {
    const { id } = await (await eventsAs(platform, 'meuse', 'officer')).createEvent(eventInputFor());
    for (const role of ['partner', 'viewer'] as const) {
      const reader = await eventsAs(platform, 'meuse', role);
      await expectRefusal(reader.createEvent(eventInputFor()), 'FORBIDDEN', 'errors:forbidden');
      await expectRefusal(reader.setEventStatus({ id, status: 'published' }), 'FORBIDDEN', 'errors:forbidden');
      await expectRefusal(reader.registrations({ eventId: id }), 'FORBIDDEN', 'errors:forbidden');
    }
    await expectRefusal((await eventsAs(platform, 'meuse')).events({}), 'UNAUTHORIZED', 'errors:unauthorized');
  });

  it('lists the public events by audience and dates, upcoming by default', async () => {
    const visitor = await eventsAs(platform, 'landes');
    const past = await publishedEvent(platform, 'landes', { title: 'Passé', startsAt: parisIn(-10), endsAt: parisIn(-9.9) });
    const students = await publishedEvent(platform, 'landes', { title: 'Étudiants', audiences: ['student'], startsAt: '2027-05-12T18:00', endsAt: '2027-05-12T20:00' });
    const internes = await publishedEvent(platform, 'landes', { title: 'Internes', audiences: ['interne'], startsAt: '2027-06-01T18:00', endsAt: '2027-06-01T20:00' });
    const ids = (events: { id: string }[]) => events.map((event) => event.id);
    expect(ids(await visitor.publicEvents({}))).toEqual(expect.arrayContaining([students, internes]));
    expect(ids(await visitor.publicEvents({}))).not.toContain(past);
    expect(ids(await visitor.publicEvents({ audience: 'student' }))).toEqual([students]);
    expect(ids(await visitor.publicEvents({ from: '2027-06-01', to: '2027-06-30' }))).toEqual([internes]);
    expect(ids(await visitor.publicEvents({ from: parisIn(-11).slice(0, 10), to: parisIn(-9).slice(0, 10) }))).toEqual([past]);
    const [listed] = await visitor.publicEvents({ audience: 'student' });
    expect(listed).not.toHaveProperty('onlineUrl');
  });

  it('answers NOT_FOUND where the module is disabled', async () => {
    await expectRefusal((await eventsAs(platform, 'gers', 'admin')).events({}), 'NOT_FOUND', 'errors:moduleDisabled');
    await expectRefusal((await eventsAs(platform, 'gers')).publicEvents({}), 'NOT_FOUND', 'errors:moduleDisabled');
  });
});

describe('tenant isolation', () => {
  it('never lets a Meuse officer read or change a Landes event or registration by id', async () => {
    const landesEvent = await publishedEvent(platform, 'landes', { title: 'Landes seulement' });
    await (await eventsAs(platform, 'landes')).register(registrationFor(landesEvent, 7, { email: 'landais@example.org' }));
    const [registration] = await (await eventsAs(platform, 'landes', 'officer')).registrations({ eventId: landesEvent });
    const meuse = await eventsAs(platform, 'meuse', 'officer');
    const notFound = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await notFound(meuse.event({ id: landesEvent }));
    await notFound(meuse.publicEvent({ id: landesEvent }));
    await notFound(meuse.registrations({ eventId: landesEvent }));
    await notFound(meuse.updateEvent({ id: landesEvent, ...eventInputFor({ title: 'Pris' }) }));
    await notFound(meuse.setEventStatus({ id: landesEvent, status: 'cancelled' }));
    await notFound(meuse.cancelRegistration({ id: registration!.id }));
    await notFound(meuse.checkIn({ eventId: landesEvent, registrationId: registration!.id }));
    await notFound(meuse.setFollowUp({ id: registration!.id, followUp: 'project' }));
    await notFound(meuse.report({ eventId: landesEvent }));
    await notFound((await eventsAs(platform, 'meuse')).register(registrationFor(landesEvent, 8)));
    expect((await meuse.events({})).map((event) => event.id)).not.toContain(landesEvent);

    const landes = await eventsAs(platform, 'landes', 'officer');
    expect(await landes.event({ id: landesEvent })).toMatchObject({ title: 'Landes seulement', status: 'published', confirmed: 1 });
    expect((await landes.registrations({ eventId: landesEvent }))[0]).toMatchObject({ status: 'confirmed', checkedInAt: null, followUp: 'none' });
    // Signed in elsewhere: no role in Landes.
    const stranger = await platform.caller({ tenant: 'landes', user: 'officer@meuse.test' });
    await expect(stranger.events.registrations({ eventId: landesEvent })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
