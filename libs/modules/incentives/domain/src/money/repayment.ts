import type { RepaymentRule } from '../vocabulary';

export { addMonths, monthsServed } from './months';

export interface RepaymentInput {
  rule: RepaymentRule;
  paidCents: number;
  requiredMonths: number;
  servedMonths: number;
}

/**
 * What a beneficiary who breaks a commitment owes back, in integer cents:
 * pro-rata of the months not served (rounded half up), everything paid
 * (`full`), or nothing. Nothing is owed once the commitment is served.
 */
export function computeRepayment({ rule, paidCents, requiredMonths, servedMonths }: RepaymentInput): number {
  const paid = Math.max(0, Math.trunc(paidCents));
  const required = Math.max(0, Math.trunc(requiredMonths));
  const served = Math.max(0, Math.trunc(servedMonths));
  if (rule === 'none' || served >= required) return 0;
  if (rule === 'full') return paid;
  const missing = required - served;
  // round(paid × missing / required) without floating point: ⌊(2·paid·missing + required) / (2·required)⌋.
  return Math.floor((2 * paid * missing + required) / (2 * required));
}
