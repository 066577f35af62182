import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookingConflicts, overlaps, type Booking } from './booking-overlap';
import { parisToDate } from '@ancrage/i18n';

const slot = (id: string, roomId: string, professionalId: string, from: string, to: string): Booking => ({ id, roomId, professionalId, startsAt: parisToDate(from), endsAt: parisToDate(to) });
const morning = slot('a', 'room-1', 'dr-a', '2026-11-23T08:30', '2026-11-23T12:00');

describe('booking overlaps', () => {
  it('refuses the same room at overlapping times', () => {
    expect(bookingConflicts(slot('b', 'room-1', 'dr-b', '2026-11-23T11:30', '2026-11-23T13:00'), [morning])).toEqual([{ kind: 'room', booking: morning }]);
    expect(bookingConflicts(slot('b', 'room-1', 'dr-b', '2026-11-23T09:00', '2026-11-23T10:00'), [morning])).toHaveLength(1);
  });

  it('lets a slot start when the previous one ends', () => {
    expect(bookingConflicts(slot('b', 'room-1', 'dr-b', '2026-11-23T12:00', '2026-11-23T14:00'), [morning])).toEqual([]);
    expect(bookingConflicts(slot('b', 'room-1', 'dr-b', '2026-11-23T07:00', '2026-11-23T08:30'), [morning])).toEqual([]);
  });

  it('refuses the same professional in two rooms at once', () => {
    expect(bookingConflicts(slot('b', 'room-2', 'dr-a', '2026-11-23T10:00', '2026-11-23T11:00'), [morning])).toEqual([{ kind: 'professional', booking: morning }]);
    expect(bookingConflicts(slot('b', 'room-2', 'dr-b', '2026-11-23T10:00', '2026-11-23T11:00'), [morning])).toEqual([]);
  });

  it('ignores the booking being moved', () => {
    expect(bookingConflicts({ ...morning, endsAt: parisToDate('2026-11-23T12:30') }, [morning])).toEqual([]);
  });

  it('is symmetric and matches the definition of half-open intervals', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 })).map(([start, length]) => ({ startsAt: new Date(start * 60_000), endsAt: new Date((start + length) * 60_000) }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const expected = a.startsAt < b.endsAt && b.startsAt < a.endsAt;
        return overlaps(a, b) === overlaps(b, a) && overlaps(a, b) === expected && overlaps(a, a);
      }),
    );
  });
});
