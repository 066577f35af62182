import { AccessibilityInputError } from './accessibility-input-error';
import type { AccessibilityInput, ServiceClass } from './accessibility.types';
import { accessibilityAt, buildAccessibilityModel, supplyRatio, valuesByCode, type AccessibilityModel } from './accessibility-model';
import { serviceClass } from './classify-communes';
import { compareCodes } from './compare-codes';
import { communeIndex, validateThreshold } from './validate-input';

/** Arrivals (positive) or departures (negative) of FTE in one commune. */
export interface SupplyChange {
  communeCode: string;
  deltaFte: number;
}

export interface CommuneChange {
  code: string;
  before: number;
  after: number;
  classBefore: ServiceClass;
  classAfter: ServiceClass;
  population: number;
}

export interface ScenarioResult {
  before: Map<string, number>;
  after: Map<string, number>;
  /** Communes whose value changed, the largest change first. */
  changed: CommuneChange[];
  newlyServedInhabitants: number;
  newlyUnderservedInhabitants: number;
  underservedInhabitantsBefore: number;
  underservedInhabitantsAfter: number;
}

/** Supply after the changes, applied in order; a commune's supply never goes below 0. */
function changedSupply(model: AccessibilityModel, changes: readonly SupplyChange[]): Map<number, number> {
  const supply = new Map<number, number>();
  for (const { communeCode, deltaFte } of changes) {
    if (!Number.isFinite(deltaFte)) throw new AccessibilityInputError('fteInvalid', { code: communeCode });
    const j = communeIndex(model.indexByCode, communeCode);
    supply.set(j, Math.max(0, (supply.get(j) ?? model.supply[j] ?? 0) + deltaFte));
  }
  return supply;
}

/**
 * Values after the changes. Only the supply ratios of the changed communes
 * move, so only communes within their reach are summed again, with the same
 * terms in the same order as a full computation would use.
 */
function valuesAfter(model: AccessibilityModel, supply: ReadonlyMap<number, number>): Float64Array {
  const { catchments } = model;
  const ratios = model.ratios.slice();
  for (const [j, fte] of supply) ratios[j] = supplyRatio(fte, model.weightedPopulation[j] ?? 0);
  const after = model.values.slice();
  const reached = new Set<number>();
  for (const j of supply.keys()) {
    for (let n = catchments.offsets[j] ?? 0, end = catchments.offsets[j + 1] ?? 0; n < end; n++) reached.add(catchments.neighbours[n] ?? 0);
  }
  for (const i of reached) after[i] = accessibilityAt(catchments, ratios, i);
  return after;
}

export function runScenario(input: AccessibilityInput, changes: readonly SupplyChange[], threshold: number): ScenarioResult {
  validateThreshold(threshold);
  const model = buildAccessibilityModel(input);
  const after = valuesAfter(model, changedSupply(model, changes));
  const result: ScenarioResult = {
    before: valuesByCode(model.codes, model.values),
    after: valuesByCode(model.codes, after),
    changed: [],
    newlyServedInhabitants: 0,
    newlyUnderservedInhabitants: 0,
    underservedInhabitantsBefore: 0,
    underservedInhabitantsAfter: 0,
  };
  model.codes.forEach((code, i) => {
    const before = model.values[i] ?? 0;
    const now = after[i] ?? 0;
    const population = model.population[i] ?? 0;
    const classBefore = serviceClass(before, threshold);
    const classAfter = serviceClass(now, threshold);
    if (classBefore === 'underserved') result.underservedInhabitantsBefore += population;
    if (classAfter === 'underserved') result.underservedInhabitantsAfter += population;
    if (classBefore === 'underserved' && classAfter === 'served') result.newlyServedInhabitants += population;
    if (classBefore === 'served' && classAfter === 'underserved') result.newlyUnderservedInhabitants += population;
    if (now !== before) result.changed.push({ code, before, after: now, classBefore, classAfter, population });
  });
  result.changed.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || compareCodes(a.code, b.code));
  return result;
}
