import { AccessibilityInputError } from './accessibility-input-error';
import type { AccessibilityInput, CommunePoint, DecayBand, TravelModel } from './accessibility.types';

const isFiniteNonNegative = (value: number) => Number.isFinite(value) && value >= 0;

export function validateTravel(travel: TravelModel): void {
  for (const value of [travel.detourFactor, travel.speedKmh]) {
    if (!Number.isFinite(value) || value <= 0) throw new AccessibilityInputError('travelNotPositive');
  }
}

/** Bands must be strictly increasing in minutes, with weights in [0, 1] that never increase. */
export function validateBands(bands: readonly DecayBand[]): void {
  if (bands.length === 0) throw new AccessibilityInputError('noBands');
  bands.forEach((band, index) => {
    if (!isFiniteNonNegative(band.maxMinutes)) throw new AccessibilityInputError('bandMinutesInvalid', { index });
    if (!(band.weight >= 0 && band.weight <= 1)) throw new AccessibilityInputError('weightOutOfRange', { index });
    const previous = bands[index - 1];
    if (previous === undefined) return;
    if (band.maxMinutes <= previous.maxMinutes) throw new AccessibilityInputError('bandsNotIncreasing', { index });
    if (band.weight > previous.weight) throw new AccessibilityInputError('weightsIncreasing', { index });
  });
}

/** Position of each commune in the input, after checking codes, coordinates and populations. */
export function indexCommunes(communes: readonly CommunePoint[]): Map<string, number> {
  const indexByCode = new Map<string, number>();
  communes.forEach((commune, index) => {
    const { code, lon, lat, population } = commune;
    if (indexByCode.has(code)) throw new AccessibilityInputError('duplicateCommune', { code });
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) throw new AccessibilityInputError('coordinatesInvalid', { code });
    if (!isFiniteNonNegative(population)) throw new AccessibilityInputError('populationInvalid', { code });
    indexByCode.set(code, index);
  });
  return indexByCode;
}

export function communeIndex(indexByCode: ReadonlyMap<string, number>, code: string): number {
  const index = indexByCode.get(code);
  if (index === undefined) throw new AccessibilityInputError('unknownCommune', { code });
  return index;
}

/** Supply laid out by commune position; supply in a commune that is not in the input is refused, not dropped. */
export function supplyByIndex(supply: ReadonlyMap<string, number>, indexByCode: ReadonlyMap<string, number>): Float64Array {
  const dense = new Float64Array(indexByCode.size);
  for (const [code, fte] of supply) {
    if (!isFiniteNonNegative(fte)) throw new AccessibilityInputError('supplyInvalid', { code });
    dense[communeIndex(indexByCode, code)] = fte;
  }
  return dense;
}

export function validateThreshold(threshold: number): void {
  if (!isFiniteNonNegative(threshold)) throw new AccessibilityInputError('thresholdInvalid');
}

/** Checks the whole input; returns the commune positions and the supply by position. */
export function validateAccessibilityInput(input: AccessibilityInput): { indexByCode: Map<string, number>; supply: Float64Array } {
  validateTravel(input.travel);
  validateBands(input.bands);
  const indexByCode = indexCommunes(input.communes);
  return { indexByCode, supply: supplyByIndex(input.supply, indexByCode) };
}
