// Arbitraries and assertions shared by the accessibility specs.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { AccessibilityInput, CommunePoint, DecayBand, TravelModel } from './accessibility.types';
import { RADIANS_PER_DEGREE, EARTH_RADIUS_KM } from './travel-time';

export const KM_PER_DEGREE_OF_LATITUDE = EARTH_RADIUS_KM * RADIANS_PER_DEGREE;

export const travelArbitrary: fc.Arbitrary<TravelModel> = fc.record({
  detourFactor: fc.double({ min: 1, max: 1.6, noNaN: true }),
  speedKmh: fc.double({ min: 20, max: 90, noNaN: true }),
});

/**
 * Valid bands: limits strictly increasing (tenths of a minute), weights never
 * increasing, 0 or in [0.001, 1] (subnormal weights would overflow S/D, as in any floating-point 2SFCA).
 */
export const bandsArbitrary: fc.Arbitrary<DecayBand[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 4 })
  .chain((tenths) =>
    fc.array(fc.oneof(fc.double({ min: 0.001, max: 1, noNaN: true }), fc.constantFrom(0, 1)), { minLength: tenths.length, maxLength: tenths.length }).map((weights) => {
      const minutes = [...tenths].sort((a, b) => a - b).map((value) => value / 10);
      const descending = [...weights].sort((a, b) => b - a);
      return minutes.map((maxMinutes, index) => ({ maxMinutes, weight: descending[index]! }));
    }),
  );

/** Communes with distinct centroids in a box of `spanDegrees` (a few dozen km by default), codes C000, C001… */
export function communesArbitrary({ spanDegrees = 0.6, maxLength = 50, south = 48.5, west = 5 } = {}): fc.Arbitrary<CommunePoint[]> {
  const point = fc.record({
    lat: fc.double({ min: south, max: Math.min(90, south + spanDegrees), noNaN: true }),
    lon: fc.double({ min: west, max: Math.min(180, west + spanDegrees), noNaN: true }),
    population: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constant(0)),
  });
  return fc
    .uniqueArray(point, { minLength: 1, maxLength, selector: ({ lat, lon }) => `${lat}|${lon}` })
    .map((points) => points.map((commune, index) => ({ code: `C${String(index).padStart(3, '0')}`, ...commune })));
}

export function supplyArbitrary(communes: readonly CommunePoint[]): fc.Arbitrary<Map<string, number>> {
  return fc
    .array(fc.record({ index: fc.nat(), fte: fc.oneof(fc.double({ min: 0.1, max: 12, noNaN: true }), fc.constant(0)) }), { maxLength: communes.length })
    .map((entries) => new Map(entries.map(({ index, fte }) => [communes[index % communes.length]!.code, fte])));
}

export function inputArbitrary(communes = communesArbitrary()): fc.Arbitrary<AccessibilityInput> {
  return fc
    .record({ communes, travel: travelArbitrary, bands: bandsArbitrary })
    .chain((base) => supplyArbitrary(base.communes).map((supply) => ({ ...base, supply })));
}

/** Same communes, and values equal within `relative` (exactly equal when one of them is 0). */
export function expectSameValues(actual: ReadonlyMap<string, number>, expected: ReadonlyMap<string, number>, relative = 1e-9): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [code, value] of expected) {
    const other = actual.get(code)!;
    if (Math.abs(other - value) > relative * Math.max(Math.abs(other), Math.abs(value))) {
      expect.fail(`commune ${code}: ${other} differs from ${value}`);
    }
  }
}

/** A point `km` north of (lat, lon) along its meridian. */
export function northOf(point: { lat: number; lon: number }, km: number): { lat: number; lon: number } {
  return { lat: point.lat + km / KM_PER_DEGREE_OF_LATITUDE, lon: point.lon };
}
