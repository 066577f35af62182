import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateToParis, parisDay, parisToDate } from './paris-time';

describe('Paris time', () => {
  it('reads winter and summer wall-clock times', () => {
    expect(parisToDate('2026-01-15T18:30').toISOString()).toBe('2026-01-15T17:30:00.000Z');
    expect(parisToDate('2026-07-15T18:30').toISOString()).toBe('2026-07-15T16:30:00.000Z');
  });

  it('handles the clock changes', () => {
    // 29 March 2026: 02:00 → 03:00. 02:30 does not exist and counts as 03:30.
    expect(parisToDate('2026-03-29T01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parisToDate('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parisToDate('2026-03-29T03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 25 October 2026: 03:00 → 02:00. 02:30 happens twice; the later one (winter time) is taken.
    expect(parisToDate('2026-10-25T02:30').toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('round-trips every minute of the years around now', () => {
    const minutes = fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 });
    fc.assert(
      fc.property(minutes, (minute) => {
        const instant = new Date(minute * 60_000);
        const local = dateToParis(instant);
        // Times of the repeated autumn hour map back to its second occurrence.
        const back = parisToDate(local);
        return dateToParis(back) === local && Math.abs(back.getTime() - instant.getTime()) <= 3_600_000;
      }),
    );
  });

  it('gives the Paris day and adds calendar days', () => {
    expect(parisDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
