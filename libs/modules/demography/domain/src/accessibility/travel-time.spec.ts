import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECAY_BANDS, DEFAULT_TRAVEL_MODEL } from './accessibility.types';
import { decayWeight, EARTH_RADIUS_KM, reachKm, travelMinutes } from './travel-time';

const straight = { detourFactor: 1, speedKmh: 60 };
const coordinates = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });

describe('travelMinutes', () => {
  it('measures great-circle arcs on a sphere of radius 6371.0088 km', () => {
    expect(travelMinutes({ lat: 0, lon: 0 }, { lat: 0, lon: 90 }, straight)).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 2, 9);
    expect(travelMinutes({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, straight)).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 9);
    expect(travelMinutes({ lat: 89, lon: 0 }, { lat: 89, lon: 180 }, straight)).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 90, 9);
  });

  it('lengthens the distance by the detour factor and drives it at the given speed', () => {
    // Verdun → Bar-le-Duc: about 50 km as the crow flies, 65 km of road, 65 minutes at 60 km/h.
    const verdun = { lat: 49.1598, lon: 5.3844 };
    const barLeDuc = { lat: 48.7727, lon: 5.1601 };
    const crowFlies = travelMinutes(verdun, barLeDuc, straight);
    expect(crowFlies).toBeGreaterThan(45);
    expect(crowFlies).toBeLessThan(47);
    expect(travelMinutes(verdun, barLeDuc, DEFAULT_TRAVEL_MODEL)).toBeCloseTo(crowFlies * 1.3, 12);
    expect(travelMinutes(verdun, barLeDuc, { detourFactor: 1, speedKmh: 30 })).toBeCloseTo(crowFlies * 2, 12);
  });

  it('is symmetric bit for bit and zero from a point to itself', () => {
    fc.assert(
      fc.property(coordinates, coordinates, (a, b) => {
        expect(travelMinutes(a, b, DEFAULT_TRAVEL_MODEL)).toBe(travelMinutes(b, a, DEFAULT_TRAVEL_MODEL));
        expect(travelMinutes(a, a, DEFAULT_TRAVEL_MODEL)).toBe(0);
      }),
    );
  });
});

describe('decayWeight', () => {
  it('gives the weight of the first band whose limit is reached, inclusive, and 0 beyond the last', () => {
    expect(decayWeight(0, DEFAULT_DECAY_BANDS)).toBe(1);
    expect(decayWeight(10, DEFAULT_DECAY_BANDS)).toBe(1);
    expect(decayWeight(10.000001, DEFAULT_DECAY_BANDS)).toBe(0.66);
    expect(decayWeight(15, DEFAULT_DECAY_BANDS)).toBe(0.66);
    expect(decayWeight(20, DEFAULT_DECAY_BANDS)).toBe(0.33);
    expect(decayWeight(20.000001, DEFAULT_DECAY_BANDS)).toBe(0);
  });
});

describe('reachKm', () => {
  it('converts the last band that still weighs something into a crow-flies distance', () => {
    expect(reachKm(DEFAULT_DECAY_BANDS, DEFAULT_TRAVEL_MODEL)).toBeCloseTo(20 / 1.3, 12);
    expect(reachKm([...DEFAULT_DECAY_BANDS, { maxMinutes: 45, weight: 0 }], { detourFactor: 1, speedKmh: 30 })).toBeCloseTo(10, 12);
    expect(reachKm([{ maxMinutes: 10, weight: 0 }], DEFAULT_TRAVEL_MODEL)).toBeNull();
  });
});
