import type { AccessibilityInput } from './accessibility.types';
import { buildAccessibilityModel, valuesByCode } from './accessibility-model';

/**
 * APL-style accessibility (DREES two-step floating catchment area) of every
 * commune, in FTE per 100 000 inhabitants. Only pairs of communes found near
 * each other by a spatial grid are measured; the result equals the all-pairs
 * `computeAccessibilityNaive`.
 */
export function computeAccessibility(input: AccessibilityInput): Map<string, number> {
  const model = buildAccessibilityModel(input);
  return valuesByCode(model.codes, model.values);
}
