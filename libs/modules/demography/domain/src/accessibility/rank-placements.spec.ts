import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessibilityInput } from './accessibility.types';
import { rankPlacements } from './rank-placements';
import { runScenario } from './run-scenario';
import { inputArbitrary, northOf } from './testing';
import { decayWeight, travelMinutes } from './travel-time';

const placementArbitrary = inputArbitrary().chain((input) =>
  fc.record({
    input: fc.constant(input),
    candidate: fc.constantFrom(...input.communes.map((commune) => commune.code)),
    fte: fc.double({ min: 0.1, max: 5, noNaN: true }),
    threshold: fc.double({ min: 0, max: 400, noNaN: true }),
  }),
);

describe('rankPlacements', () => {
  it('measures the same gains as running the scenario of that placement', () => {
    fc.assert(
      fc.property(placementArbitrary, ({ input, candidate, fte, threshold }) => {
        const [placement] = rankPlacements(input, threshold, { fte, candidates: [candidate] });
        const scenario = runScenario(input, [{ communeCode: candidate, deltaFte: fte }], threshold);
        let measuredGain = 0;
        let scale = 0;
        for (const { code, population } of input.communes) {
          const before = scenario.before.get(code)!;
          const after = scenario.after.get(code)!;
          if (before < threshold) measuredGain += population * (after - before);
          scale += population * (before + after);
        }
        expect(placement!.communeCode).toBe(candidate);
        expect(Math.abs(placement!.underservedGain - measuredGain)).toBeLessThanOrEqual(1e-9 * scale);
        expect(placement!.newlyServedInhabitants).toBe(scenario.newlyServedInhabitants);
      }),
      { numRuns: 200 },
    );
  });

  it('counts the inhabitants within reach of the candidate', () => {
    fc.assert(
      fc.property(placementArbitrary, ({ input, candidate, threshold }) => {
        const [placement] = rankPlacements(input, threshold, { candidates: [candidate] });
        const site = input.communes.find(({ code }) => code === candidate)!;
        const reached = input.communes
          .filter((commune) => decayWeight(travelMinutes(site, commune, input.travel), input.bands) > 0)
          .reduce((sum, commune) => sum + commune.population, 0);
        expect(placement!.reachedInhabitants).toBe(reached);
      }),
    );
  });

  it('ranks every commune by gain, then inhabitants lifted and reached, then code, and keeps the best ones asked for', () => {
    fc.assert(
      fc.property(inputArbitrary(), fc.double({ min: 0, max: 400, noNaN: true }), fc.nat({ max: 60 }), (input, threshold, limit) => {
        const all = rankPlacements(input, threshold);
        expect(all.map(({ communeCode }) => communeCode).sort()).toEqual(input.communes.map(({ code }) => code).sort());
        for (let k = 1; k < all.length; k++) {
          const [previous, current] = [all[k - 1]!, all[k]!];
          const key = (p: typeof previous) => [p.underservedGain, p.newlyServedInhabitants, p.reachedInhabitants];
          const [a, b] = [key(previous), key(current)];
          const order = a.findIndex((value, i) => value !== b[i]);
          expect(order === -1 ? previous.communeCode < current.communeCode : a[order]! > b[order]!).toBe(true);
        }
        expect(rankPlacements(input, threshold, { limit })).toEqual(all.slice(0, limit));
      }),
    );
  });

  // On one meridian: A, then B 6 km north, E 12 km further (18 km from A), C far away; 1 km = 1 minute, reach 15 minutes.
  const origin = { lat: 48.9, lon: 5.3 };
  const input: AccessibilityInput = {
    communes: [
      { code: 'A', ...origin, population: 1000 },
      { code: 'B', ...northOf(origin, 6), population: 3000 },
      { code: 'C', ...northOf(origin, 100), population: 500 },
      { code: 'E', ...northOf(origin, 18), population: 2000 },
    ],
    supply: new Map([['A', 1.5]]),
    travel: { detourFactor: 1, speedKmh: 60 },
    bands: [{ maxMinutes: 15, weight: 1 }],
  };

  it('prefers the commune whose arrival helps the under-served inhabitants most', () => {
    // A and B share 1.5 FTE: 37.5 per 100 000, served at 30; C and E have nobody within reach: 0.
    // 1 FTE in C: +200 for its 500 inhabitants; in E: +20 for E and B (D = 5000); in B: +16.7 for A, B and E (D = 6000); in A: +25 for A and B.
    const ranking = rankPlacements(input, 30);
    expect(ranking.map(({ communeCode }) => communeCode)).toEqual(['C', 'E', 'B', 'A']);
    expect(ranking[0]).toEqual({ communeCode: 'C', underservedGain: 100_000, newlyServedInhabitants: 500, reachedInhabitants: 500 });
    expect(ranking[1]).toMatchObject({ newlyServedInhabitants: 0, reachedInhabitants: 5000 });
    expect(ranking[1]!.underservedGain).toBeCloseTo(2000 * 20, 9);
    expect(ranking[2]!.underservedGain).toBeCloseTo((2000 * 100_000) / 6000, 9);
    expect(ranking[3]).toEqual({ communeCode: 'A', underservedGain: 0, newlyServedInhabitants: 0, reachedInhabitants: 4000 });
    expect(rankPlacements(input, 30, { fte: 2 })[1]).toMatchObject({ communeCode: 'E', newlyServedInhabitants: 2000 });
    // Reaching the threshold exactly is enough to be served.
    expect(rankPlacements(input, 200, { candidates: ['C'] })[0]).toMatchObject({ newlyServedInhabitants: 500 });
  });

  it('tries only the candidates given, once each', () => {
    expect(rankPlacements(input, 30, { candidates: ['A', 'B', 'A'] }).map(({ communeCode }) => communeCode)).toEqual(['B', 'A']);
  });

  it('refuses unknown candidates, a non-positive fte and a bad limit', () => {
    expect(() => rankPlacements(input, 30, { candidates: ['Z'] })).toThrow(expect.objectContaining({ problem: 'unknownCommune' }));
    expect(() => rankPlacements(input, 30, { fte: 0 })).toThrow(expect.objectContaining({ problem: 'fteInvalid' }));
    expect(() => rankPlacements(input, 30, { limit: 1.5 })).toThrow(expect.objectContaining({ problem: 'limitInvalid' }));
    expect(() => rankPlacements(input, Number.NaN)).toThrow(expect.objectContaining({ problem: 'thresholdInvalid' }));
  });
});
