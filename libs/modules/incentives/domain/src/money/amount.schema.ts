import { z } from 'zod';

/** Money is integer cents everywhere; forms convert euros at their edge. */
export const cents = z.number().int().min(0).max(100_000_000_00);

/** How much a beneficiary receives. `ceilingCents` caps the total whatever the schedule. */
export const amountScheduleInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('one-off'), amountCents: cents.min(1), ceilingCents: cents.optional() }),
  z.object({ mode: z.literal('monthly'), amountCents: cents.min(1), months: z.number().int().min(1).max(120), ceilingCents: cents.optional() }),
  z.object({ mode: z.literal('yearly'), amountCents: cents.min(1), years: z.number().int().min(1).max(15), ceilingCents: cents.optional() }),
  /** Internes' six-month placements (stages). */
  z.object({ mode: z.literal('per-stage-period'), amountCents: cents.min(1), periods: z.number().int().min(1).max(12), ceilingCents: cents.optional() }),
  /** A yearly amount that depends on the year of study, paid from the applicant's current year to the last one listed. */
  z.object({
    mode: z.literal('by-year-of-study'),
    byYear: z
      .array(z.object({ year: z.number().int().min(1).max(15), amountCents: cents.min(1) }))
      .min(1)
      .max(15)
      .refine((years) => new Set(years.map((y) => y.year)).size === years.length, 'incentives:validation.yearsUnique'),
    ceilingCents: cents.optional(),
  }),
]);
export type AmountSchedule = z.output<typeof amountScheduleInput>;

/** One payment of a computed amount, `offsetMonths` after the agreement's start. */
export interface Installment {
  offsetMonths: number;
  amountCents: number;
  /** For by-year-of-study: the year it pays. */
  yearOfStudy?: number;
}

export interface ComputedAmount {
  totalCents: number;
  installments: Installment[];
  /** True when the ceiling lowered the total. */
  capped: boolean;
}
