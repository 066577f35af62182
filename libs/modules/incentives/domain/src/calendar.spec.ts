import { describe, expect, it } from 'vitest';
import { nextDeadline, nextOpening, schemeIsOpen } from './calendar';
import type { Calendar } from './scheme.schema';

describe('scheme calendar', () => {
  it('is always open when ongoing', () => {
    expect(schemeIsOpen({ mode: 'ongoing' }, '2026-07-14')).toBe(true);
    expect(nextDeadline({ mode: 'ongoing' }, '2026-07-14')).toBeNull();
    expect(nextOpening({ mode: 'ongoing' }, '2026-07-14')).toBeNull();
  });

  it('opens a window from its first to its last day included', () => {
    const window: Calendar = { mode: 'window', opensOn: '2026-03-01', closesOn: '2026-04-30' };
    expect(['2026-02-28', '2026-03-01', '2026-04-30', '2026-05-01'].map((day) => schemeIsOpen(window, day))).toEqual([false, true, true, false]);
    expect(nextDeadline(window, '2026-01-10')).toBe('2026-04-30');
    expect(nextDeadline(window, '2026-04-30')).toBe('2026-04-30');
    expect(nextDeadline(window, '2026-05-01')).toBeNull();
    expect(nextOpening(window, '2026-01-10')).toBe('2026-03-01');
    expect(nextOpening(window, '2026-05-01')).toBeNull();
  });

  it('repeats a yearly window', () => {
    const spring: Calendar = { mode: 'yearly', opens: '03-01', closes: '06-30' };
    expect(['2027-02-28', '2027-03-01', '2027-06-30', '2027-07-01'].map((day) => schemeIsOpen(spring, day))).toEqual([false, true, true, false]);
    expect(nextDeadline(spring, '2027-04-01')).toBe('2027-06-30');
    expect(nextDeadline(spring, '2027-07-01')).toBe('2028-06-30');
    expect(nextOpening(spring, '2027-07-01')).toBe('2028-03-01');
    expect(nextOpening(spring, '2027-01-01')).toBe('2027-03-01');
  });

  it('wraps a yearly window over the new year', () => {
    const winter: Calendar = { mode: 'yearly', opens: '11-01', closes: '02-28' };
    expect(['2026-10-31', '2026-11-01', '2026-12-31', '2027-01-15', '2027-02-28', '2027-03-01'].map((day) => schemeIsOpen(winter, day))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(nextDeadline(winter, '2026-12-01')).toBe('2027-02-28');
    expect(nextDeadline(winter, '2027-01-15')).toBe('2027-02-28');
    expect(nextDeadline(winter, '2027-06-01')).toBe('2028-02-28');
    expect(nextOpening(winter, '2027-06-01')).toBe('2027-11-01');
  });

  it('closes on the last day of February when the window ends on the 29th', () => {
    const leap: Calendar = { mode: 'yearly', opens: '01-01', closes: '02-29' };
    expect(nextDeadline(leap, '2027-01-10')).toBe('2027-02-28');
    expect(nextDeadline(leap, '2028-01-10')).toBe('2028-02-29');
    expect(schemeIsOpen(leap, '2028-02-29')).toBe(true);
    expect(schemeIsOpen(leap, '2027-03-01')).toBe(false);
  });
});
