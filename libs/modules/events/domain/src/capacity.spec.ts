import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, type Audience } from './audiences';
import { hasPlaceFor, placesLeft, promotionsFrom, type CapacityRules, type Occupancy } from './capacity';

const occupancy = (byAudience: Partial<Record<Audience, number>>): Occupancy => ({
  confirmed: Object.values(byAudience).reduce((sum, n) => sum + (n ?? 0), 0),
  byAudience,
});

describe('capacity', () => {
  const rules: CapacityRules = { capacity: 10, reservedPlaces: 2, quotas: [{ audiences: ['student', 'docteur-junior'], places: 3 }] };

  it('keeps reserved places for officers and caps audiences by their shared quota', () => {
    expect(hasPlaceFor(rules, occupancy({ interne: 7 }), 'interne')).toBe(true);
    expect(hasPlaceFor(rules, occupancy({ interne: 8 }), 'interne')).toBe(false);
    expect(hasPlaceFor(rules, occupancy({ interne: 8 }), 'interne', { useReserved: true })).toBe(true);
    expect(hasPlaceFor(rules, occupancy({ student: 2, 'docteur-junior': 1 }), 'student')).toBe(false);
    expect(hasPlaceFor(rules, occupancy({ student: 2, 'docteur-junior': 1 }), 'interne')).toBe(true);
    expect(placesLeft(rules, occupancy({ interne: 5 }))).toBe(3);
    expect(placesLeft({ ...rules, capacity: null, reservedPlaces: 0 }, occupancy({ interne: 500 }))).toBeNull();
  });

  it('promotes by position, skipping people whose quota is full', () => {
    const waiting = [
      { id: 'c', audience: 'interne' as const, position: 3 },
      { id: 'a', audience: 'student' as const, position: 1 },
      { id: 'b', audience: 'interne' as const, position: 2 },
    ];
    expect(promotionsFrom(rules, occupancy({ student: 3, interne: 4 }), waiting)).toEqual(['b']);
    expect(promotionsFrom(rules, occupancy({ student: 2, interne: 3 }), waiting)).toEqual(['a', 'b', 'c']);
    expect(promotionsFrom(rules, occupancy({ interne: 8 }), waiting)).toEqual([]);
  });

  it('never exceeds the capacity or a quota, whatever the order of arrivals', () => {
    const audience = fc.constantFrom(...AUDIENCES);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.array(audience, { maxLength: 80 }), (capacity, reserved, quota, arrivals) => {
        const r: CapacityRules = { capacity: capacity + reserved, reservedPlaces: reserved, quotas: [{ audiences: ['student', 'interne'], places: quota }] };
        const current: Occupancy = { confirmed: 0, byAudience: {} };
        for (const person of arrivals) {
          if (!hasPlaceFor(r, current, person)) continue;
          current.confirmed += 1;
          current.byAudience[person] = (current.byAudience[person] ?? 0) + 1;
        }
        const quotaUsed = (current.byAudience.student ?? 0) + (current.byAudience.interne ?? 0);
        return current.confirmed <= capacity && quotaUsed <= quota;
      }),
    );
  });
});
