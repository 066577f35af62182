import { describe, expect, it } from 'vitest';
import { daysCovered, monthBounds, monthWeeks, shiftMonth } from './month-grid';

describe('month grid', () => {
  it('lays a month out in weeks starting on Monday', () => {
    // 1 November 2026 is a Sunday.
    const weeks = monthWeeks('2026-11');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
  });

  it('knows month lengths and moves between months across years', () => {
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });

  it('lists the days a multi-day event covers within the month', () => {
    expect(daysCovered('2026-10-31', '2026-11-02', '2026-11-01', '2026-11-30')).toEqual(['2026-11-01', '2026-11-02']);
  });
});
