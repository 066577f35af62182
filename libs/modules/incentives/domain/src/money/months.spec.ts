import { describe, expect, it } from 'vitest';
import { addMonths, monthsServed } from './months';

describe('addMonths', () => {
  it('keeps the day within the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-05-10', 120)).toBe('2036-05-10');
    expect(addMonths('2026-05-10', 0)).toBe('2026-05-10');
  });

  it('refuses what is not a day', () => {
    expect(() => addMonths('2026-5-1', 1)).toThrow(RangeError);
  });
});

describe('monthsServed', () => {
  it('counts whole months only', () => {
    expect(monthsServed('2026-01-15', '2026-02-14')).toBe(0);
    expect(monthsServed('2026-01-15', '2026-02-15')).toBe(1);
    expect(monthsServed('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsServed('2026-01-31', '2026-03-30')).toBe(1);
    expect(monthsServed('2026-01-31', '2026-03-31')).toBe(2);
    expect(monthsServed('2026-09-01', '2029-08-31')).toBe(35);
    expect(monthsServed('2026-09-01', '2029-09-01')).toBe(36);
  });

  it('never counts backwards', () => {
    expect(monthsServed('2026-09-01', '2026-09-01')).toBe(0);
    expect(monthsServed('2026-09-01', '2025-01-01')).toBe(0);
  });
});
