import { PER_INHABITANTS, type AccessibilityInput } from './accessibility.types';
import { supplyRatio, valuesByCode } from './accessibility-model';
import { pairWeight, projectCommunes } from './projected-communes';
import { validateAccessibilityInput } from './validate-input';

/**
 * The same accessibility measured over all pairs of communes, without any
 * spatial index: the reference for tests and the benchmark's baseline.
 */
export function computeAccessibilityNaive(input: AccessibilityInput): Map<string, number> {
  const { supply } = validateAccessibilityInput(input);
  const { communes, travel, bands } = input;
  const projected = projectCommunes(communes);
  const suppliers = [...supply.keys()].filter((j) => (supply[j] ?? 0) > 0);
  const ratios = new Map<number, number>();
  for (const j of suppliers) {
    let weightedPopulation = 0;
    for (let k = 0; k < communes.length; k++) weightedPopulation += (communes[k]?.population ?? 0) * pairWeight(projected, j, k, travel, bands);
    ratios.set(j, supplyRatio(supply[j] ?? 0, weightedPopulation));
  }
  const values = new Float64Array(communes.length);
  for (let i = 0; i < communes.length; i++) {
    let sum = 0;
    for (const [j, ratio] of ratios) sum += ratio * pairWeight(projected, i, j, travel, bands);
    values[i] = PER_INHABITANTS * sum;
  }
  return valuesByCode(
    communes.map((commune) => commune.code),
    values,
  );
}
