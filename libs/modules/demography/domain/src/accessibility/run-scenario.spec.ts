import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccessibilityInputError } from './accessibility-input-error';
import type { AccessibilityInput } from './accessibility.types';
import { classifyCommunes } from './classify-communes';
import { computeAccessibility } from './compute-accessibility';
import { runScenario, type SupplyChange } from './run-scenario';
import { expectSameValues, inputArbitrary } from './testing';

/** The supply after the changes, applied one after the other without going below 0: the oracle's own reading of the rule. */
function supplyAfter(input: AccessibilityInput, changes: readonly SupplyChange[]): Map<string, number> {
  const supply = new Map(input.supply);
  for (const { communeCode, deltaFte } of changes) supply.set(communeCode, Math.max(0, (supply.get(communeCode) ?? 0) + deltaFte));
  return supply;
}

const scenarioArbitrary = inputArbitrary().chain((input) =>
  fc.record({
    input: fc.constant(input),
    changes: fc.array(
      fc.record({
        communeCode: fc.constantFrom(...input.communes.map((commune) => commune.code)),
        deltaFte: fc.double({ min: -6, max: 6, noNaN: true }),
      }),
      { maxLength: 5 },
    ),
    threshold: fc.double({ min: 0, max: 400, noNaN: true }),
  }),
);

const inhabitants = (input: AccessibilityInput, codes: (code: string) => boolean) =>
  input.communes.filter((commune) => codes(commune.code)).reduce((sum, commune) => sum + commune.population, 0);

describe('runScenario', () => {
  it('gives the values a computation from scratch gives, before and after the changes', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ input, changes, threshold }) => {
        const result = runScenario(input, changes, threshold);
        expectSameValues(result.before, computeAccessibility(input));
        expectSameValues(result.after, computeAccessibility({ ...input, supply: supplyAfter(input, changes) }));
      }),
      { numRuns: 200 },
    );
  });

  it('lists exactly the communes whose value changed, largest change first, with their classes and population', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ input, changes, threshold }) => {
        const result = runScenario(input, changes, threshold);
        const classesBefore = classifyCommunes(result.before, threshold);
        const classesAfter = classifyCommunes(result.after, threshold);
        const changedCodes = input.communes.filter(({ code }) => result.after.get(code) !== result.before.get(code)).map(({ code }) => code);
        expect(result.changed.map(({ code }) => code).sort()).toEqual(changedCodes.sort());
        for (const change of result.changed) {
          const commune = input.communes.find(({ code }) => code === change.code)!;
          expect(change).toEqual({
            code: change.code,
            before: result.before.get(change.code),
            after: result.after.get(change.code),
            classBefore: classesBefore.get(change.code),
            classAfter: classesAfter.get(change.code),
            population: commune.population,
          });
        }
        const sizes = result.changed.map((change) => Math.abs(change.after - change.before));
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      }),
    );
  });

  it('counts the inhabitants of under-served communes before and after, and those who changed class', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ input, changes, threshold }) => {
        const result = runScenario(input, changes, threshold);
        const before = classifyCommunes(result.before, threshold);
        const after = classifyCommunes(result.after, threshold);
        expect(result.underservedInhabitantsBefore).toBe(inhabitants(input, (code) => before.get(code) === 'underserved'));
        expect(result.underservedInhabitantsAfter).toBe(inhabitants(input, (code) => after.get(code) === 'underserved'));
        expect(result.newlyServedInhabitants).toBe(inhabitants(input, (code) => before.get(code) === 'underserved' && after.get(code) === 'served'));
        expect(result.newlyUnderservedInhabitants).toBe(inhabitants(input, (code) => before.get(code) === 'served' && after.get(code) === 'underserved'));
      }),
    );
  });

  const twoCommunes: AccessibilityInput = {
    communes: [
      { code: '55545', lat: 49.16, lon: 5.38, population: 16_000 },
      { code: '55029', lat: 49.2, lon: 5.45, population: 900 },
    ],
    supply: new Map([['55545', 2]]),
    travel: { detourFactor: 1.3, speedKmh: 60 },
    bands: [{ maxMinutes: 20, weight: 1 }],
  };

  it('never takes supply below zero, applying the changes in their order', () => {
    // 2 FTE for 16 900 inhabitants: 11.8 per 100 000, above a threshold of 10; 1 FTE gives 5.9, below it.
    const emptied = runScenario(twoCommunes, [{ communeCode: '55545', deltaFte: -5 }], 10);
    expectSameValues(emptied.after, new Map([['55545', 0], ['55029', 0]]));
    const refilled = runScenario(twoCommunes, [{ communeCode: '55545', deltaFte: -5 }, { communeCode: '55545', deltaFte: 1 }], 10);
    expectSameValues(refilled.after, computeAccessibility({ ...twoCommunes, supply: new Map([['55545', 1]]) }));
    expect(refilled.newlyUnderservedInhabitants).toBe(16_900);
  });

  it('changes nothing without changes', () => {
    const result = runScenario(twoCommunes, [], 5);
    expect(result.after).toEqual(result.before);
    expect(result.changed).toEqual([]);
  });

  it('refuses changes in an unknown commune or of a non-finite size', () => {
    expect(() => runScenario(twoCommunes, [{ communeCode: '99999', deltaFte: 1 }], 5)).toThrow(
      expect.objectContaining({ problem: 'unknownCommune', details: { code: '99999' } }),
    );
    expect(() => runScenario(twoCommunes, [{ communeCode: '55545', deltaFte: Number.NaN }], 5)).toThrow(AccessibilityInputError);
    expect(() => runScenario(twoCommunes, [], -1)).toThrow(expect.objectContaining({ problem: 'thresholdInvalid' }));
  });
});
