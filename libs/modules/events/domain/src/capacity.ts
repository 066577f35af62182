import type { Audience } from './audiences';
import type { Quota } from './event.schema';

export interface CapacityRules {
  capacity: number | null;
  reservedPlaces: number;
  quotas: readonly Quota[];
}

/** Confirmed registrations of an event, in all and per audience. */
export interface Occupancy {
  confirmed: number;
  byAudience: Partial<Record<Audience, number>>;
}

export interface Waiting {
  id: string;
  audience: Audience;
  position: number;
}

/**
 * Whether one more person of `audience` gets a place. Visitors of the portal
 * never take reserved places; officers adding a guest may.
 */
export function hasPlaceFor(rules: CapacityRules, occupancy: Occupancy, audience: Audience, options: { useReserved?: boolean } = {}): boolean {
  if (rules.capacity !== null) {
    const limit = rules.capacity - (options.useReserved ? 0 : rules.reservedPlaces);
    if (occupancy.confirmed >= limit) return false;
  }
  return rules.quotas.every((quota) => {
    if (!quota.audiences.includes(audience)) return true;
    const used = quota.audiences.reduce((sum, member) => sum + (occupancy.byAudience[member] ?? 0), 0);
    return used < quota.places;
  });
}

/** Places still offered on the portal; null when there is no limit. */
export function placesLeft(rules: CapacityRules, occupancy: Occupancy): number | null {
  if (rules.capacity === null) return null;
  return Math.max(0, rules.capacity - rules.reservedPlaces - occupancy.confirmed);
}

/**
 * Who leaves the waiting list, in order: by position, skipping people whose
 * audience quota is full, until no place is left. Deterministic.
 */
export function promotionsFrom(rules: CapacityRules, occupancy: Occupancy, waiting: readonly Waiting[]): string[] {
  const current: Occupancy = { confirmed: occupancy.confirmed, byAudience: { ...occupancy.byAudience } };
  const promoted: string[] = [];
  for (const person of [...waiting].sort((a, b) => a.position - b.position)) {
    if (rules.capacity !== null && current.confirmed >= rules.capacity - rules.reservedPlaces) break;
    if (!hasPlaceFor(rules, current, person.audience)) continue;
    promoted.push(person.id);
    current.confirmed += 1;
    current.byAudience[person.audience] = (current.byAudience[person.audience] ?? 0) + 1;
  }
  return promoted;
}
