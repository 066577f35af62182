import { describe, expect, it } from 'vitest';
import { monthDayToTyped, typedToMonthDay } from './month-day';

describe('yearly window days', () => {
  it('reads and writes day/month the French way', () => {
    expect(typedToMonthDay('1/3')).toBe('03-01');
    expect(typedToMonthDay(' 30 / 06 ')).toBe('06-30');
    expect(monthDayToTyped('06-30')).toBe('30/06');
  });

  it('keeps what is not a day yet, so that validation names the field', () => {
    expect(typedToMonthDay('30/')).toBe('30/');
    expect(monthDayToTyped('30/')).toBe('30/');
  });
});
