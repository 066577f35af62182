import type { AmountSchedule } from '@ancrage/incentives-domain';

export type AmountMode = AmountSchedule['mode'];
export const AMOUNT_MODES: readonly AmountMode[] = ['one-off', 'monthly', 'yearly', 'per-stage-period', 'by-year-of-study'];

/** The schedule in another mode, keeping the amount and the ceiling already typed. */
export function scheduleInMode(schedule: AmountSchedule, mode: AmountMode): AmountSchedule {
  const amountCents = schedule.mode === 'by-year-of-study' ? (schedule.byYear[0]?.amountCents ?? 0) : schedule.amountCents;
  const ceiling = schedule.ceilingCents !== undefined ? { ceilingCents: schedule.ceilingCents } : {};
  switch (mode) {
    case 'one-off':
      return { mode, amountCents, ...ceiling };
    case 'monthly':
      return { mode, amountCents, months: 12, ...ceiling };
    case 'yearly':
      return { mode, amountCents, years: 1, ...ceiling };
    case 'per-stage-period':
      return { mode, amountCents, periods: 1, ...ceiling };
    case 'by-year-of-study':
      return { mode, byYear: [{ year: 1, amountCents }], ...ceiling };
  }
}

/** The schedule with its ceiling set, or removed (null). */
export function withCeiling(schedule: AmountSchedule, ceilingCents: number | null): AmountSchedule {
  const { ceilingCents: _previous, ...rest } = schedule;
  return (ceilingCents === null ? rest : { ...rest, ceilingCents }) as AmountSchedule;
}
