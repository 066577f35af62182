// Meuse (55) and Meurthe-et-Moselle (54): real centroids from the shared test data, synthetic populations and supply.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECAY_BANDS, DEFAULT_TRAVEL_MODEL, type AccessibilityInput, type CommunePoint } from './accessibility.types';
import { computeAccessibility } from './compute-accessibility';
import { computeAccessibilityNaive } from './compute-accessibility-naive';
import { rankPlacements } from './rank-placements';
import { runScenario } from './run-scenario';
import { expectSameValues } from './testing';
import { travelMinutes } from './travel-time';

interface CentroidRow {
  code: string;
  nom: string;
  lat: string;
  lon: string;
  dep: string;
}

const repositoryRoot = new URL('../../../../../../', import.meta.url);
const centroids = Papa.parse<CentroidRow>(readFileSync(new URL('../shared/data/geo/communes-centroids.csv', repositoryRoot), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** Deterministic, fictitious populations: mostly villages, a town every 40 communes. */
const communes: CommunePoint[] = centroids
  .filter(({ dep }) => dep === '55' || dep === '54')
  .map(({ code, lat, lon }, index) => ({
    code,
    lat: Number(lat),
    lon: Number(lon),
    population: ((Math.imul(index + 1, 2_654_435_761) >>> 0) % 1500) * (index % 40 === 0 ? 20 : 1),
  }));
const VERDUN = '55545';
const supply = new Map(communes.filter((_, index) => index % 5 === 0).map(({ code }, index) => [code, 0.5 + (index % 4) * 0.7])).set(VERDUN, 9);
const meuse: AccessibilityInput = { communes, supply, travel: DEFAULT_TRAVEL_MODEL, bands: DEFAULT_DECAY_BANDS };

describe('accessibility on Meuse and Meurthe-et-Moselle centroids', () => {
  it('reads both départements', () => {
    expect(communes.length).toBeGreaterThan(1000);
    expect(communes.some(({ code }) => code === VERDUN)).toBe(true);
  });

  it('gives the same values as the all-pairs reference', () => {
    expectSameValues(computeAccessibility(meuse), computeAccessibilityNaive(meuse));
  });

  it('gives the same values as the all-pairs reference with a wider, slower catchment', () => {
    const wide = { ...meuse, travel: { detourFactor: 1.5, speedKmh: 45 }, bands: [{ maxMinutes: 15, weight: 1 }, { maxMinutes: 45, weight: 0.5 }] };
    expectSameValues(computeAccessibility(wide), computeAccessibilityNaive(wide));
  });

  it('changes only communes within reach of Verdun when its professionals leave', () => {
    const departures = [{ communeCode: VERDUN, deltaFte: -10 }];
    const result = runScenario(meuse, departures, 40);
    expectSameValues(result.after, computeAccessibility({ ...meuse, supply: new Map(supply).set(VERDUN, 0) }));
    const verdun = communes.find(({ code }) => code === VERDUN)!;
    expect(result.changed.length).toBeGreaterThan(1);
    for (const change of result.changed) {
      const commune = communes.find(({ code }) => code === change.code)!;
      expect(travelMinutes(verdun, commune, DEFAULT_TRAVEL_MODEL)).toBeLessThanOrEqual(20);
      expect(change.after).toBeLessThan(change.before);
    }
    expect(result.underservedInhabitantsAfter).toBeGreaterThanOrEqual(result.underservedInhabitantsBefore);
  });

  it('ranks placements in Meuse whose gains match their scenarios', () => {
    const candidates = communes.filter(({ code }) => code.startsWith('55')).map(({ code }) => code);
    const ranking = rankPlacements(meuse, 40, { candidates, limit: 3 });
    expect(ranking).toHaveLength(3);
    for (const placement of ranking) {
      const scenario = runScenario(meuse, [{ communeCode: placement.communeCode, deltaFte: 1 }], 40);
      let measured = 0;
      for (const { code, population } of communes) {
        const before = scenario.before.get(code)!;
        if (before < 40) measured += population * (scenario.after.get(code)! - before);
      }
      expect(placement.underservedGain).toBeCloseTo(measured, 3);
      expect(placement.newlyServedInhabitants).toBe(scenario.newlyServedInhabitants);
    }
  });
});
