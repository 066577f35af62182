import { describe, expect, it } from 'vitest';
import { formatOpeningHours, parseOpeningHours } from './opening-hours';

describe('opening hours typed one period a line', () => {
  it('reads periods and keeps unreadable lines apart', () => {
    expect(parseOpeningHours('1 08:00-12:30\n\n 2 13:30-19:00 \nlundi matin')).toEqual({
      periods: [
        { weekday: 1, opens: '08:00', closes: '12:30' },
        { weekday: 2, opens: '13:30', closes: '19:00' },
      ],
      invalid: ['lundi matin'],
    });
  });

  it('writes back what it reads', () => {
    const text = '1 08:00-12:30\n6 09:00-12:00';
    expect(formatOpeningHours(parseOpeningHours(text).periods)).toBe(text);
  });
});
