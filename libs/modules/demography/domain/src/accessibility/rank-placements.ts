import { AccessibilityInputError } from './accessibility-input-error';
import { PER_INHABITANTS, type AccessibilityInput } from './accessibility.types';
import { buildAccessibilityModel, type AccessibilityModel } from './accessibility-model';
import { compareCodes } from './compare-codes';
import { communeIndex, validateThreshold } from './validate-input';

export interface Placement {
  communeCode: string;
  /** Σ, over the communes under-served before, of population × the rise of their value. */
  underservedGain: number;
  /** Inhabitants of under-served communes that the placement lifts to the threshold or above. */
  newlyServedInhabitants: number;
  /** Inhabitants of the communes whose value rises. */
  reachedInhabitants: number;
}

export interface PlacementOptions {
  /** FTE placed in the candidate commune; 1 by default. */
  fte?: number;
  /** Communes to try; every commune of the input by default. */
  candidates?: readonly string[];
  /** How many placements to return, best first; all by default. */
  limit?: number;
}

/**
 * Adding `fte` in commune j leaves every D unchanged and raises R_j by
 * fte / D_j, so the value of each commune i within reach rises by exactly
 * 100 000 · fte · w(t_ij) / D_j: one pass over j's catchment per candidate.
 */
function placementAt(model: AccessibilityModel, j: number, fte: number, threshold: number): Placement {
  const { catchments, population, values } = model;
  const weightedPopulation = model.weightedPopulation[j] ?? 0;
  const placement: Placement = { communeCode: model.codes[j] ?? '', underservedGain: 0, newlyServedInhabitants: 0, reachedInhabitants: 0 };
  for (let n = catchments.offsets[j] ?? 0, end = catchments.offsets[j + 1] ?? 0; n < end; n++) {
    const i = catchments.neighbours[n] ?? 0;
    const inhabitants = population[i] ?? 0;
    placement.reachedInhabitants += inhabitants;
    const before = values[i] ?? 0;
    if (before >= threshold || weightedPopulation === 0) continue;
    const rise = (PER_INHABITANTS * fte * (catchments.weights[n] ?? 0)) / weightedPopulation;
    placement.underservedGain += inhabitants * rise;
    if (before + rise >= threshold) placement.newlyServedInhabitants += inhabitants;
  }
  return placement;
}

function candidateIndices(model: AccessibilityModel, candidates: readonly string[] | undefined): number[] {
  if (candidates === undefined) return model.codes.map((_, index) => index);
  return [...new Set(candidates)].map((code) => communeIndex(model.indexByCode, code));
}

/** Where one more professional would help the under-served most, best first (ties by commune code). */
export function rankPlacements(input: AccessibilityInput, threshold: number, options: PlacementOptions = {}): Placement[] {
  const { fte = 1, candidates, limit = Number.POSITIVE_INFINITY } = options;
  validateThreshold(threshold);
  if (!(Number.isFinite(fte) && fte > 0)) throw new AccessibilityInputError('fteInvalid');
  if (!(limit >= 0 && (Number.isInteger(limit) || limit === Number.POSITIVE_INFINITY))) throw new AccessibilityInputError('limitInvalid');
  const model = buildAccessibilityModel(input);
  return candidateIndices(model, candidates)
    .map((j) => placementAt(model, j, fte, threshold))
    // Many candidates can reach the ceiling gain (whole catchment under-served): then the most inhabitants lifted, then reached.
    .sort((a, b) => b.underservedGain - a.underservedGain || b.newlyServedInhabitants - a.newlyServedInhabitants || b.reachedInhabitants - a.reachedInhabitants || compareCodes(a.communeCode, b.communeCode))
    .slice(0, limit);
}
