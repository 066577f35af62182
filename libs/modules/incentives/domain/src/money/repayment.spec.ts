import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRepayment } from './repayment';

describe('computeRepayment', () => {
  it('asks back the share of months not served, rounded to the cent', () => {
    expect(computeRepayment({ rule: 'pro-rata', paidCents: 1_200_000, requiredMonths: 36, servedMonths: 12 })).toBe(800_000);
    expect(computeRepayment({ rule: 'pro-rata', paidCents: 1_000_000, requiredMonths: 36, servedMonths: 13 })).toBe(638_889); // 638 888.89
    expect(computeRepayment({ rule: 'pro-rata', paidCents: 100, requiredMonths: 3, servedMonths: 1 })).toBe(67); // 66.67
    expect(computeRepayment({ rule: 'pro-rata', paidCents: 1, requiredMonths: 2, servedMonths: 1 })).toBe(1); // 0.5 rounds up
    expect(computeRepayment({ rule: 'pro-rata', paidCents: 900_000, requiredMonths: 60, servedMonths: 0 })).toBe(900_000);
  });

  it('asks nothing once the commitment is served, everything or nothing by rule otherwise', () => {
    expect(computeRepayment({ rule: 'pro-rata', paidCents: 900_000, requiredMonths: 36, servedMonths: 36 })).toBe(0);
    expect(computeRepayment({ rule: 'pro-rata', paidCents: 900_000, requiredMonths: 36, servedMonths: 40 })).toBe(0);
    expect(computeRepayment({ rule: 'full', paidCents: 900_000, requiredMonths: 36, servedMonths: 35 })).toBe(900_000);
    expect(computeRepayment({ rule: 'full', paidCents: 900_000, requiredMonths: 36, servedMonths: 36 })).toBe(0);
    expect(computeRepayment({ rule: 'none', paidCents: 900_000, requiredMonths: 36, servedMonths: 2 })).toBe(0);
  });

  it('stays an integer between nothing and what was paid, and falls as months are served', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 1, max: 180 }), fc.integer({ min: 0, max: 200 }), (paidCents, requiredMonths, servedMonths) => {
        const owed = computeRepayment({ rule: 'pro-rata', paidCents, requiredMonths, servedMonths });
        const later = computeRepayment({ rule: 'pro-rata', paidCents, requiredMonths, servedMonths: servedMonths + 1 });
        const exact = (paidCents * Math.max(0, requiredMonths - servedMonths)) / requiredMonths;
        return Number.isInteger(owed) && owed >= 0 && owed <= paidCents && later <= owed && Math.abs(owed - exact) <= 0.5;
      }),
    );
  });
});
