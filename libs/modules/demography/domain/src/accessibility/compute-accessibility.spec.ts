import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECAY_BANDS, DEFAULT_TRAVEL_MODEL, type AccessibilityInput, type CommunePoint } from './accessibility.types';
import { computeAccessibility } from './compute-accessibility';
import { computeAccessibilityNaive } from './compute-accessibility-naive';
import { communesArbitrary, expectSameValues, inputArbitrary, northOf, supplyArbitrary } from './testing';

describe('computeAccessibility on a hand-computed example', () => {
  // Crow-flies minutes at 60 km/h along one meridian: A–B 6, B–C 12, A–C 18, D and E 40+ away from the others, E 3 from D.
  const origin = { lat: 48, lon: 5 };
  const communes: CommunePoint[] = [
    { code: 'A', ...origin, population: 1000 },
    { code: 'B', ...northOf(origin, 6), population: 2000 },
    { code: 'C', ...northOf(origin, 18), population: 500 },
    { code: 'D', ...northOf(origin, 58), population: 100 },
    { code: 'E', ...northOf(origin, 61), population: 0 },
    { code: 'F', ...northOf(origin, 200), population: 0 },
  ];
  const input: AccessibilityInput = {
    communes,
    supply: new Map([['A', 2], ['C', 1], ['D', 0.5], ['F', 3]]),
    travel: { detourFactor: 1, speedKmh: 60 },
    bands: [{ maxMinutes: 10, weight: 1 }, { maxMinutes: 15, weight: 0.5 }, { maxMinutes: 20, weight: 0.25 }],
  };
  // D_A = 1000 + 2000 + 500·0.25 = 3125 → R_A = 2/3125; D_C = 1000·0.25 + 2000·0.5 + 500 = 1750 → R_C = 1/1750;
  // D_D = 100 → R_D = 1/200; nobody lives within reach of F: D_F = 0, so R_F = 0.
  const expected = new Map([
    ['A', 100_000 * (2 / 3125 + 0.25 / 1750)], // 548/7
    ['B', 100_000 * (2 / 3125 + 0.5 / 1750)], // 648/7
    ['C', 100_000 * (0.25 * (2 / 3125) + 1 / 1750)], // 512/7
    ['D', 500],
    ['E', 500],
    ['F', 0],
  ]);

  it('gives FTE per 100 000 inhabitants, to populations of 0 too, and 0 around supply that reaches nobody', () => {
    expectSameValues(computeAccessibility(input), expected, 1e-12);
    expect(computeAccessibility(input).get('A')).toBeCloseTo(548 / 7, 10);
    expect(computeAccessibility(input).get('B')).toBeCloseTo(648 / 7, 10);
    expect(computeAccessibility(input).get('C')).toBeCloseTo(512 / 7, 10);
  });

  it('agrees with the all-pairs reference', () => {
    expectSameValues(computeAccessibilityNaive(input), expected, 1e-12);
  });
});

describe('computeAccessibility properties', () => {
  it('equals the all-pairs reference on random communes, travel models and bands', () => {
    fc.assert(
      fc.property(inputArbitrary(), (input) => expectSameValues(computeAccessibility(input), computeAccessibilityNaive(input))),
      { numRuns: 200 },
    );
  });

  it('equals the all-pairs reference on communes spread over hundreds of km', () => {
    fc.assert(
      fc.property(inputArbitrary(communesArbitrary({ spanDegrees: 4, maxLength: 120 })), (input) =>
        expectSameValues(computeAccessibility(input), computeAccessibilityNaive(input)),
      ),
      { numRuns: 50 },
    );
  });

  it('gives everyone 100 000·ΣS/ΣP when the catchment covers every distance', () => {
    const anywhere = communesArbitrary({ south: -80, west: -180, spanDegrees: 360, maxLength: 40 });
    fc.assert(
      fc.property(inputArbitrary(anywhere), ({ communes, supply, travel }) => {
        const totalPopulation = communes.reduce((sum, commune) => sum + commune.population, 0);
        const totalSupply = [...supply.values()].reduce((sum, fte) => sum + fte, 0);
        const expected = totalPopulation > 0 ? (100_000 * totalSupply) / totalPopulation : 0;
        const values = computeAccessibility({ communes, supply, travel, bands: [{ maxMinutes: 1e9, weight: 1 }] });
        expectSameValues(values, new Map(communes.map((commune) => [commune.code, expected])));
      }),
    );
  });

  it('gives each commune 100 000·S/P when a band of 0 minutes reaches only itself', () => {
    fc.assert(
      fc.property(inputArbitrary(), fc.double({ min: 0.01, max: 1, noNaN: true }), ({ communes, supply, travel }, weight) => {
        const values = computeAccessibility({ communes, supply, travel, bands: [{ maxMinutes: 0, weight }] });
        expectSameValues(values, ownRatios(communes, supply));
      }),
    );
  });

  it('gives each commune 100 000·S/P when communes are too far apart to reach each other', () => {
    const farApart = communesArbitrary({ maxLength: 30 }).map((communes) =>
      communes.map((commune, index) => ({ ...commune, lat: 43 + 0.5 * Math.floor(index / 6), lon: 0.5 + 0.5 * (index % 6) })),
    );
    fc.assert(
      fc.property(farApart.chain((communes) => supplyArbitrary(communes).map((supply) => ({ communes, supply }))), ({ communes, supply }) => {
        const values = computeAccessibility({ communes, supply, travel: DEFAULT_TRAVEL_MODEL, bands: DEFAULT_DECAY_BANDS });
        expectSameValues(values, ownRatios(communes, supply));
      }),
    );
  });

  it('never lowers anyone when supply is added', () => {
    fc.assert(
      fc.property(inputArbitrary(), fc.nat(), fc.double({ min: 0.01, max: 5, noNaN: true }), (input, position, extra) => {
        const code = input.communes[position % input.communes.length]!.code;
        const supply = new Map(input.supply).set(code, (input.supply.get(code) ?? 0) + extra);
        const before = computeAccessibility(input);
        const after = computeAccessibility({ ...input, supply });
        for (const [commune, value] of before) expect(after.get(commune)).toBeGreaterThanOrEqual(value);
      }),
    );
  });
});

function ownRatios(communes: readonly CommunePoint[], supply: ReadonlyMap<string, number>): Map<string, number> {
  return new Map(communes.map(({ code, population }) => [code, population > 0 ? (100_000 * (supply.get(code) ?? 0)) / population : 0]));
}
