import type { Profile } from '../profile.schema';
import type { AmountSchedule, ComputedAmount, Installment } from './amount.schema';

/** Months between two payments of a six-month placement (stage) schedule. */
export const STAGE_PERIOD_MONTHS = 6;

function installmentsOf(schedule: AmountSchedule, profile: Profile): Installment[] {
  const repeat = (count: number, everyMonths: number, amountCents: number) =>
    Array.from({ length: count }, (_, i) => ({ offsetMonths: i * everyMonths, amountCents }));
  switch (schedule.mode) {
    case 'one-off':
      return [{ offsetMonths: 0, amountCents: schedule.amountCents }];
    case 'monthly':
      return repeat(schedule.months, 1, schedule.amountCents);
    case 'yearly':
      return repeat(schedule.years, 12, schedule.amountCents);
    case 'per-stage-period':
      return repeat(schedule.periods, STAGE_PERIOD_MONTHS, schedule.amountCents);
    case 'by-year-of-study': {
      const years = [...schedule.byYear].sort((a, b) => a.year - b.year);
      // Without a year of study, the schedule starts at its first listed year.
      const current = profile.yearOfStudy ?? years[0]?.year ?? 1;
      return years
        .filter((entry) => entry.year >= current)
        .map((entry) => ({ offsetMonths: (entry.year - current) * 12, amountCents: entry.amountCents, yearOfStudy: entry.year }));
    }
  }
}

/**
 * The amount a profile receives and its installments. A ceiling lowers the
 * last installments (the last one paid may be partial, later ones are dropped)
 * so that the total never exceeds it.
 */
export function computeAmount(schedule: AmountSchedule, profile: Profile): ComputedAmount {
  const full = installmentsOf(schedule, profile);
  const fullTotal = full.reduce((sum, installment) => sum + installment.amountCents, 0);
  const ceiling = schedule.ceilingCents;
  if (ceiling === undefined || fullTotal <= ceiling) return { totalCents: fullTotal, installments: full, capped: false };
  const installments: Installment[] = [];
  let total = 0;
  for (const installment of full) {
    const amountCents = Math.min(installment.amountCents, ceiling - total);
    if (amountCents <= 0) break;
    installments.push({ ...installment, amountCents });
    total += amountCents;
  }
  return { totalCents: total, installments, capped: true };
}
