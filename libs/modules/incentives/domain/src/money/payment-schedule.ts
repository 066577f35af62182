import type { ComputedAmount } from './amount.schema';
import { addMonths } from './months';

export interface ScheduledPayment {
  seq: number;
  dueOn: string;
  amountCents: number;
}

/** The dated payments of an amount, counted from the agreement's start (YYYY-MM-DD); seq starts at 1. */
export function paymentSchedule(amount: ComputedAmount, startsOn: string): ScheduledPayment[] {
  return amount.installments
    .filter((installment) => installment.amountCents > 0)
    .map((installment, index) => ({ seq: index + 1, dueOn: addMonths(startsOn, installment.offsetMonths), amountCents: installment.amountCents }));
}
