import { describe, expect, it } from 'vitest';
import { AccessibilityInputError, type AccessibilityProblem } from './accessibility-input-error';
import { DEFAULT_DECAY_BANDS, DEFAULT_TRAVEL_MODEL, type AccessibilityInput } from './accessibility.types';
import { computeAccessibility } from './compute-accessibility';
import { computeAccessibilityNaive } from './compute-accessibility-naive';

const valid: AccessibilityInput = {
  communes: [
    { code: '55545', lon: 5.38, lat: 49.16, population: 16_000 },
    { code: '55029', lon: 5.45, lat: 49.2, population: 900 },
  ],
  supply: new Map([['55545', 12]]),
  travel: DEFAULT_TRAVEL_MODEL,
  bands: DEFAULT_DECAY_BANDS,
};

const refusals: [string, Partial<AccessibilityInput>, AccessibilityProblem][] = [
  ['no band', { bands: [] }, 'noBands'],
  ['limits not strictly increasing', { bands: [{ maxMinutes: 10, weight: 1 }, { maxMinutes: 10, weight: 0.5 }] }, 'bandsNotIncreasing'],
  ['limits decreasing', { bands: [{ maxMinutes: 15, weight: 1 }, { maxMinutes: 10, weight: 0.5 }] }, 'bandsNotIncreasing'],
  ['a negative limit', { bands: [{ maxMinutes: -1, weight: 1 }] }, 'bandMinutesInvalid'],
  ['an infinite limit', { bands: [{ maxMinutes: Number.POSITIVE_INFINITY, weight: 1 }] }, 'bandMinutesInvalid'],
  ['a weight above 1', { bands: [{ maxMinutes: 10, weight: 1.2 }] }, 'weightOutOfRange'],
  ['a negative weight', { bands: [{ maxMinutes: 10, weight: -0.1 }] }, 'weightOutOfRange'],
  ['a NaN weight', { bands: [{ maxMinutes: 10, weight: Number.NaN }] }, 'weightOutOfRange'],
  ['weights increasing', { bands: [{ maxMinutes: 10, weight: 0.5 }, { maxMinutes: 20, weight: 0.6 }] }, 'weightsIncreasing'],
  ['a zero speed', { travel: { detourFactor: 1.3, speedKmh: 0 } }, 'travelNotPositive'],
  ['a negative detour factor', { travel: { detourFactor: -1, speedKmh: 60 } }, 'travelNotPositive'],
  ['a duplicate commune', { communes: [...valid.communes, { code: '55545', lon: 5, lat: 49, population: 1 }] }, 'duplicateCommune'],
  ['a latitude out of range', { communes: [{ code: '55545', lon: 5, lat: 91, population: 1 }] }, 'coordinatesInvalid'],
  ['a NaN longitude', { communes: [{ code: '55545', lon: Number.NaN, lat: 49, population: 1 }] }, 'coordinatesInvalid'],
  ['a negative population', { communes: [{ code: '55545', lon: 5, lat: 49, population: -3 }] }, 'populationInvalid'],
  ['supply in an unknown commune', { supply: new Map([['54395', 1]]) }, 'unknownCommune'],
  ['a negative supply', { supply: new Map([['55545', -1]]) }, 'supplyInvalid'],
  ['an infinite supply', { supply: new Map([['55545', Number.POSITIVE_INFINITY]]) }, 'supplyInvalid'],
];

describe('accessibility input validation', () => {
  it.each(refusals)('refuses %s', (_, change, problem) => {
    for (const compute of [computeAccessibility, computeAccessibilityNaive]) {
      expect(() => compute({ ...valid, ...change })).toThrow(expect.objectContaining({ name: 'AccessibilityInputError', problem }));
    }
  });

  it('names the culprit', () => {
    const refuse = () => computeAccessibility({ ...valid, supply: new Map([['54395', 1]]) });
    expect(refuse).toThrow(AccessibilityInputError);
    expect(refuse).toThrow(expect.objectContaining({ problem: 'unknownCommune', details: { code: '54395' } }));
  });

  it('accepts a band of 0 minutes, zero weights after positive ones and communes without inhabitants', () => {
    const bands = [{ maxMinutes: 0, weight: 1 }, { maxMinutes: 20, weight: 0.5 }, { maxMinutes: 30, weight: 0 }];
    const communes = [...valid.communes, { code: '55001', lon: 5.1, lat: 49, population: 0 }];
    expect(computeAccessibility({ ...valid, bands, communes }).size).toBe(3);
  });
});
