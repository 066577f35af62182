import type { ServiceClass } from './accessibility.types';
import { validateThreshold } from './validate-input';

/** A commune is under-served when its accessibility is strictly below the threshold. */
export function serviceClass(value: number, threshold: number): ServiceClass {
  return value < threshold ? 'underserved' : 'served';
}

export function classifyCommunes(values: ReadonlyMap<string, number>, threshold: number): Map<string, ServiceClass> {
  validateThreshold(threshold);
  return new Map([...values].map(([code, value]) => [code, serviceClass(value, threshold)]));
}
