import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.schema';
import type { AmountSchedule } from './amount.schema';
import { computeAmount } from './compute-amount';

const student: Profile = { status: 'student', profession: 'medecin', yearOfStudy: 4, receiving: [] };
const offsets = (schedule: AmountSchedule, profile: Profile = student) => computeAmount(schedule, profile).installments.map((i) => i.offsetMonths);

describe('computeAmount', () => {
  it('pays a one-off amount at once', () => {
    expect(computeAmount({ mode: 'one-off', amountCents: 1_000_000 }, student)).toEqual({ totalCents: 1_000_000, installments: [{ offsetMonths: 0, amountCents: 1_000_000 }], capped: false });
  });

  it('repeats monthly, yearly and per six-month placement', () => {
    expect(computeAmount({ mode: 'monthly', amountCents: 60_000, months: 12 }, student).totalCents).toBe(720_000);
    expect(offsets({ mode: 'monthly', amountCents: 60_000, months: 3 })).toEqual([0, 1, 2]);
    expect(computeAmount({ mode: 'yearly', amountCents: 300_000, years: 3 }, student).totalCents).toBe(900_000);
    expect(offsets({ mode: 'yearly', amountCents: 300_000, years: 3 })).toEqual([0, 12, 24]);
    expect(computeAmount({ mode: 'per-stage-period', amountCents: 150_000, periods: 4 }, student).totalCents).toBe(600_000);
    expect(offsets({ mode: 'per-stage-period', amountCents: 150_000, periods: 4 })).toEqual([0, 6, 12, 18]);
  });

  it('pays by year of study from the current year to the last one listed', () => {
    const schedule: AmountSchedule = {
      mode: 'by-year-of-study',
      byYear: [
        { year: 6, amountCents: 400_000 },
        { year: 4, amountCents: 200_000 },
        { year: 5, amountCents: 300_000 },
        { year: 3, amountCents: 100_000 },
      ],
    };
    expect(computeAmount(schedule, student)).toEqual({
      totalCents: 900_000,
      installments: [
        { offsetMonths: 0, amountCents: 200_000, yearOfStudy: 4 },
        { offsetMonths: 12, amountCents: 300_000, yearOfStudy: 5 },
        { offsetMonths: 24, amountCents: 400_000, yearOfStudy: 6 },
      ],
      capped: false,
    });
    // Without a year of study: from the first year listed.
    expect(computeAmount(schedule, { ...student, yearOfStudy: undefined }).totalCents).toBe(1_000_000);
    // Years not listed are skipped but keep their place in time.
    expect(offsets({ mode: 'by-year-of-study', byYear: [{ year: 4, amountCents: 1 }, { year: 6, amountCents: 1 }] }, { ...student, yearOfStudy: 3 })).toEqual([12, 36]);
    expect(computeAmount(schedule, { ...student, yearOfStudy: 7 })).toEqual({ totalCents: 0, installments: [], capped: false });
  });

  it('trims the last installments to the ceiling', () => {
    expect(computeAmount({ mode: 'monthly', amountCents: 60_000, months: 12, ceilingCents: 500_000 }, student)).toEqual({
      totalCents: 500_000,
      installments: [...Array.from({ length: 8 }, (_, i) => ({ offsetMonths: i, amountCents: 60_000 })), { offsetMonths: 8, amountCents: 20_000 }],
      capped: true,
    });
    expect(computeAmount({ mode: 'yearly', amountCents: 300_000, years: 3, ceilingCents: 600_000 }, student).installments).toHaveLength(2);
    expect(computeAmount({ mode: 'one-off', amountCents: 300_000, ceilingCents: 300_000 }, student).capped).toBe(false);
    expect(computeAmount({ mode: 'one-off', amountCents: 300_000, ceilingCents: 0 }, student)).toEqual({ totalCents: 0, installments: [], capped: true });
  });

  it('never exceeds the ceiling and always sums its installments', () => {
    for (const ceilingCents of [1, 99_999, 150_000, 333_333, 900_000, 5_000_000]) {
      const amount = computeAmount({ mode: 'per-stage-period', amountCents: 150_001, periods: 6, ceilingCents }, student);
      expect(amount.totalCents).toBe(Math.min(ceilingCents, 900_006));
      expect(amount.installments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(amount.totalCents);
      expect(amount.installments.every((i) => Number.isInteger(i.amountCents) && i.amountCents > 0)).toBe(true);
    }
  });
});
