import { describe, expect, it } from 'vitest';
import { canTransition, nextStatuses, registrationState } from './event-status';
import { funnelRates, satisfactionSummary } from './kpis';
import { matchesSearch, searchText } from './search-text';
import { formatEventPeriod } from './event-period';

const plain = (text: string) => text.replace(/[\u202f\u00a0\u2009]/g, ' ');

describe('publication workflow', () => {
  it('allows publishing, cancelling and closing, never leaving a cancellation', () => {
    expect(nextStatuses('draft')).toEqual(['published', 'cancelled']);
    expect(canTransition('published', 'closed')).toBe(true);
    expect(canTransition('closed', 'published')).toBe(true);
    expect(canTransition('draft', 'closed')).toBe(false);
    expect(nextStatuses('cancelled')).toEqual([]);
  });

  it('opens registration within its window, until the start by default', () => {
    const event = { status: 'published' as const, startsAt: new Date('2026-06-10T16:00:00Z'), registrationOpensAt: new Date('2026-05-01T08:00:00Z'), registrationClosesAt: null };
    expect(registrationState(event, new Date('2026-04-30T00:00:00Z'))).toBe('not-yet-open');
    expect(registrationState(event, new Date('2026-05-02T00:00:00Z'))).toBe('open');
    expect(registrationState(event, new Date('2026-06-10T16:00:00Z'))).toBe('closed');
    expect(registrationState({ ...event, status: 'cancelled' }, new Date('2026-05-02T00:00:00Z'))).toBe('cancelled');
    expect(registrationState({ ...event, status: 'draft' }, new Date('2026-05-02T00:00:00Z'))).toBe('unpublished');
  });
});

describe('indicators', () => {
  it('summarises the satisfaction survey', () => {
    expect(satisfactionSummary([0, 0, 1, 4, 5])).toEqual({ respondents: 10, average: 4.4 });
    expect(satisfactionSummary([0, 0, 0, 0, 0])).toEqual({ respondents: 0, average: null });
  });

  it('gives each stage of the funnel as a share of the previous one', () => {
    expect(funnelRates({ registrations: 20, confirmed: 10, attended: 8, contacts: 2, projects: 1 })).toEqual({ attendance: 0.8, contact: 0.25, project: 0.125 });
    expect(funnelRates({ registrations: 0, confirmed: 0, attended: 0, contacts: 0, projects: 0 }).attendance).toBeNull();
  });
});

describe('names and dates', () => {
  it('finds people whatever the accents and word order', () => {
    expect(searchText("  Élodie  D'Arc ")).toBe("elodie d'arc");
    expect(matchesSearch('Hélène Dupré helene@example.org', 'dupre hel')).toBe(true);
    expect(matchesSearch('Hélène Dupré', 'martin')).toBe(false);
  });

  it('writes event periods in Paris time, in French and English', () => {
    expect(plain(formatEventPeriod('2026-11-14T17:30:00Z', '2026-11-14T21:00:00Z', 'fr'))).toBe('samedi 14 novembre 2026, 18:30 – 22:00');
    expect(plain(formatEventPeriod('2026-11-14T17:30:00Z', '2026-11-14T21:00:00Z', 'en'))).toBe('Saturday, 14 November 2026, 18:30–22:00'.replace(/–/, '–'));
  });
});
