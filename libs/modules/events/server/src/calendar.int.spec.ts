import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '@ancrage/registry/testing';
import { emailsTo, eventsAs, publishedEvent, startPlatform } from './events.int-helpers';
import { eventInputFor, registrationFor } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const eventsIn = (ics: string) => Object.values(ical.sync.parseICS(ics)).filter((component): component is VEvent => component?.type === 'VEVENT');

describe('calendars (ICS)', () => {
  it('attaches to the confirmation a calendar entry that a library reads back, in Paris time', async () => {
    const eventId = await publishedEvent(platform, 'meuse', {
      title: 'Soirée d’accueil; internes, semestre de mai',
      format: 'hybrid',
      onlineUrl: 'https://visio.example.org/accueil',
      startsAt: '2027-05-20T18:30',
      endsAt: '2027-05-20T22:00',
      agenda: [{ startsAt: '2027-05-20T19:00', title: 'Buffet', place: 'Salle B' }],
    });
    await (await eventsAs(platform, 'meuse')).register(registrationFor(eventId, 1));
    const [email] = await emailsTo(platform, 'meuse', 'interne1@example.org');
    const ics = Buffer.from(email!.attachments.find((a) => a.filename.endsWith('.ics'))!.content, 'base64').toString('utf8');
    const [entry] = eventsIn(ics);
    expect(entry).toMatchObject({ uid: `event-${eventId}@ancrage`, summary: 'Soirée d’accueil; internes, semestre de mai', status: 'CONFIRMED' });
    expect(entry!.start.toISOString()).toBe('2027-05-20T16:30:00.000Z');
    expect(entry!.end?.toISOString()).toBe('2027-05-20T20:00:00.000Z');
    expect(entry!.location).toContain('https://visio.example.org/accueil');
    expect(String(entry!.description)).toContain('Buffet (Salle B)');
    expect(String(entry!.url)).toBe(`http://ancrage.test/t/meuse/events/${eventId}`);
    expect(JSON.stringify(entry!.organizer)).toContain('evenements@meuse.example.org');
  });

  it("serves the tenant's feed of public events, without drafts, online links or other tenants' events", async () => {
    const officer = await eventsAs(platform, 'landes', 'officer');
    const published = await publishedEvent(platform, 'landes', { title: 'Forum des Landes', format: 'online', onlineUrl: 'https://visio.example.org/secret', communeName: '', address: '' });
    const { id: draft } = await officer.createEvent(eventInputFor({ title: 'Brouillon' }));
    const cancelled = await publishedEvent(platform, 'landes', { title: 'Visite annulée', kind: 'practice-visit' });
    await officer.setEventStatus({ id: cancelled, status: 'cancelled' });
    await publishedEvent(platform, 'meuse', { title: 'Événement meusien' });

    const feed = await (await eventsAs(platform, 'landes')).calendarFeed();
    expect(feed.filename).toBe('evenements-landes.ics');
    expect(feed.content).not.toContain('secret');
    const entries = eventsIn(feed.content);
    expect(entries.map((e) => e.summary).sort()).toEqual(['ANNULÉ — Visite annulée', 'Forum des Landes']);
    expect(entries.find((e) => e.uid === `event-${cancelled}@ancrage`)!.status).toBe('CANCELLED');
    expect(entries.some((e) => e.uid === `event-${draft}@ancrage`)).toBe(false);

    const single = await (await eventsAs(platform, 'landes')).eventCalendar({ id: published });
    expect(eventsIn(single.content)).toHaveLength(1);
    expect(single.content).not.toContain('secret');
  });

  it('bumps the sequence when an event changes, so that calendars update their entry', async () => {
    const eventId = await publishedEvent(platform, 'meuse', { title: 'Avant' });
    const visitor = await eventsAs(platform, 'meuse');
    const first = eventsIn((await visitor.eventCalendar({ id: eventId })).content)[0]!;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await (await eventsAs(platform, 'meuse', 'officer')).updateEvent({ id: eventId, ...eventInputFor({ title: 'Après' }) });
    const second = eventsIn((await visitor.eventCalendar({ id: eventId })).content)[0]!;
    expect(second.summary).toBe('Après');
    expect(Number(second.sequence)).toBeGreaterThan(Number(first.sequence));
  });
});
