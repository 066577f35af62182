import { PER_INHABITANTS, type AccessibilityInput } from './accessibility.types';
import { buildCatchments, type Catchments } from './catchments';
import { projectCommunes } from './projected-communes';
import { validateAccessibilityInput } from './validate-input';

/**
 * Step 1 of the two-step floating catchment area: the supply of commune j is
 * shared among the population it reaches, R_j = S_j / D_j. When nobody lives
 * within reach (D_j = 0) the supply serves no one and R_j is 0, so that it
 * neither divides by zero nor leaks into anyone's value.
 */
export function supplyRatio(fte: number, weightedPopulation: number): number {
  return fte > 0 && weightedPopulation > 0 ? fte / weightedPopulation : 0;
}

/** D_j = Σ_k P_k·w(t_jk), for every commune (the same sum whether or not it has supply). */
export function weightedPopulations(catchments: Catchments, population: Float64Array): Float64Array {
  const { offsets, neighbours, weights } = catchments;
  const sums = new Float64Array(population.length);
  for (let j = 0; j < population.length; j++) {
    let sum = 0;
    for (let n = offsets[j] ?? 0, end = offsets[j + 1] ?? 0; n < end; n++) sum += (population[neighbours[n] ?? 0] ?? 0) * (weights[n] ?? 0);
    sums[j] = sum;
  }
  return sums;
}

/** Step 2: A_i = 100 000 · Σ_j R_j·w(t_ij), in FTE per 100 000 inhabitants. */
export function accessibilityAt(catchments: Catchments, ratios: Float64Array, i: number): number {
  const { offsets, neighbours, weights } = catchments;
  let sum = 0;
  for (let n = offsets[i] ?? 0, end = offsets[i + 1] ?? 0; n < end; n++) sum += (ratios[neighbours[n] ?? 0] ?? 0) * (weights[n] ?? 0);
  return PER_INHABITANTS * sum;
}

/** Everything computed for one input, kept so that scenarios and placements start from it instead of from scratch. */
export interface AccessibilityModel {
  codes: readonly string[];
  indexByCode: ReadonlyMap<string, number>;
  population: Float64Array;
  supply: Float64Array;
  catchments: Catchments;
  weightedPopulation: Float64Array;
  ratios: Float64Array;
  values: Float64Array;
}

export function buildAccessibilityModel(input: AccessibilityInput): AccessibilityModel {
  const { indexByCode, supply } = validateAccessibilityInput(input);
  const population = Float64Array.from(input.communes, (commune) => commune.population);
  const catchments = buildCatchments(projectCommunes(input.communes), input.travel, input.bands);
  const weightedPopulation = weightedPopulations(catchments, population);
  const ratios = supply.map((fte, j) => supplyRatio(fte, weightedPopulation[j] ?? 0));
  const values = new Float64Array(population.length);
  for (let i = 0; i < values.length; i++) values[i] = accessibilityAt(catchments, ratios, i);
  return { codes: input.communes.map((commune) => commune.code), indexByCode, population, supply, catchments, weightedPopulation, ratios, values };
}

export function valuesByCode(codes: readonly string[], values: Float64Array): Map<string, number> {
  return new Map(codes.map((code, index) => [code, values[index] ?? 0]));
}
