import { createEvent, createEvents, type EventAttributes } from 'ics';
import type { AgendaItem, EventFormat, EventKind, EventStatus } from '@ancrage/events-domain';
import { formatShortDay, formatTime } from '@ancrage/events-domain';
import { translatorFor } from './events-i18n';

/** What a calendar entry shows of an event. */
export interface CalendarEvent {
  id: string;
  title: string;
  summary: string;
  kind: EventKind;
  format: EventFormat;
  status: EventStatus;
  communeName: string;
  address: string;
  onlineUrl: string;
  startsAt: Date;
  endsAt: Date;
  agenda: AgendaItem[];
  createdAt: Date;
  updatedAt: Date;
}

export interface CalendarSite {
  tenant: { slug: string; name: string };
  publicUrl: string;
  settings: { contactEmail: string };
}

export const eventPageUrl = (site: CalendarSite, eventId: string) => `${site.publicUrl}/t/${site.tenant.slug}/events/${eventId}`;

/** Where to go: the address and commune, or the online link. */
export function placeOf(event: Pick<CalendarEvent, 'format' | 'address' | 'communeName' | 'onlineUrl'>, options: { withOnlineUrl: boolean }): string {
  const physical = [event.address, event.communeName].filter(Boolean).join(', ');
  if (event.format === 'in-person') return physical;
  const online = options.withOnlineUrl ? event.onlineUrl : '';
  return [physical, online].filter(Boolean).join(' — ');
}

function entry(event: CalendarEvent, site: CalendarSite, locale: string, options: { withOnlineUrl: boolean }): EventAttributes {
  const { t } = translatorFor(locale);
  const agenda = event.agenda.map((item) => `${formatShortDay(item.startsAt, locale)} ${formatTime(item.startsAt, locale)} — ${item.title}${item.place ? ` (${item.place})` : ''}`);
  const url = eventPageUrl(site, event.id);
  const description = [event.summary, agenda.length > 0 ? `${t('events:calendar.agenda')}\n${agenda.join('\n')}` : '', url].filter(Boolean).join('\n\n');
  const location = placeOf(event, options);
  return {
    uid: `event-${event.id}@ancrage`,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.status === 'cancelled' ? t('events:calendar.cancelledTitle', { title: event.title }) : event.title,
    description,
    ...(location ? { location } : {}),
    url,
    status: event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: [t(`events:kinds.${event.kind}`)],
    // Calendar apps replace an entry when its sequence grows: every saved change bumps it.
    sequence: Math.max(0, Math.floor((event.updatedAt.getTime() - event.createdAt.getTime()) / 1000)),
    lastModified: event.updatedAt.getTime(),
    productId: 'ancrage/events',
    ...(site.settings.contactEmail ? { organizer: { name: site.tenant.name, email: site.settings.contactEmail } } : {}),
  };
}

function valueOf(result: { error: Error | null; value: string | null }): string {
  if (result.error || result.value === null) throw result.error ?? new Error('ICS generation failed');
  return result.value;
}

/** One event, for a registrant's calendar (the online link included). */
export function eventIcs(event: CalendarEvent, site: CalendarSite, locale: string): string {
  const { t } = translatorFor(locale);
  return valueOf(createEvent({ ...entry(event, site, locale, { withOnlineUrl: true }), calName: t('events:calendar.name', { tenant: site.tenant.name }) }));
}

/** The tenant's public calendar: published, closed and cancelled events (online links stay for registrants). */
export function calendarFeedIcs(events: readonly CalendarEvent[], site: CalendarSite, locale: string): string {
  const { t } = translatorFor(locale);
  return valueOf(
    createEvents(
      events.map((event) => entry(event, site, locale, { withOnlineUrl: false })),
      { productId: 'ancrage/events', calName: t('events:calendar.name', { tenant: site.tenant.name }) },
    ),
  );
}
