import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberBalance, parseEuros, paymentRefusal, splitByShares } from './contributions';

describe('contributions in integer cents', () => {
  it('splits a budget by shares to the exact cent', () => {
    expect(splitByShares(100_00, [3333, 3333, 3334])).toEqual([33_33, 33_33, 33_34]);
    expect(splitByShares(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitByShares(500, [0, 0])).toEqual([0, 0]);
  });

  it('always adds up to the total, each part within one cent of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }), (total, shares) => {
        fc.pre(shares.some((share) => share > 0));
        const parts = splitByShares(total, shares);
        const weight = shares.reduce((a, b) => a + b, 0);
        return parts.reduce((a, b) => a + b, 0) === total && parts.every((part, i) => Number.isInteger(part) && Math.abs(part - (total * (shares[i] ?? 0)) / weight) < 1);
      }),
    );
  });

  it('computes what is outstanding, still to call and overpaid', () => {
    expect(memberBalance({ dueCents: 120_000_00, calledCents: 60_000_00, paidCents: 45_000_00 })).toEqual({
      dueCents: 120_000_00,
      calledCents: 60_000_00,
      paidCents: 45_000_00,
      outstandingCents: 15_000_00,
      toCallCents: 60_000_00,
      overpaidCents: 0,
    });
    expect(memberBalance({ dueCents: 100, calledCents: 100, paidCents: 150 })).toMatchObject({ outstandingCents: 0, overpaidCents: 50 });
  });

  it('refuses a payment beyond the amount called unless a note explains it', () => {
    expect(paymentRefusal({ amountCents: 10_000, paidCents: 6_000 }, { amountCents: 4_000, note: '' })).toBeNull();
    expect(paymentRefusal({ amountCents: 10_000, paidCents: 6_000 }, { amountCents: 4_001, note: '  ' })).toBe('overCall');
    expect(paymentRefusal({ amountCents: 10_000, paidCents: 6_000 }, { amountCents: 4_001, note: 'Avance sur l’appel suivant' })).toBeNull();
  });

  it('reads euros as people type them', () => {
    expect(parseEuros('1 234,56')).toBe(123_456);
    expect(parseEuros('1234.5')).toBe(123_450);
    expect(parseEuros('12 000 €')).toBe(1_200_000);
    expect(parseEuros('0,07')).toBe(7);
    expect(parseEuros('12,345')).toBeNull();
    expect(parseEuros('douze')).toBeNull();
    expect(parseEuros('')).toBeNull();
  });

  it('round-trips any amount written in French format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (amount) => {
        const written = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(amount / 100);
        return parseEuros(written) === amount;
      }),
    );
  });
});
