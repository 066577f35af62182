import { describe, expect, it } from 'vitest';
import { budgetSummary, checkBudget } from './budget';

describe('budgetSummary', () => {
  const summary = budgetSummary({
    envelopeCents: 5_000_000,
    maxBeneficiaries: 5,
    applications: [
      { status: 'submitted', amountCents: 1_000_000 },
      { status: 'committee', amountCents: 1_000_000 },
      { status: 'rejected', amountCents: 1_000_000 },
      { status: 'approved', amountCents: 1_000_000 },
      { status: 'being-paid', amountCents: 1_200_000 },
      { status: 'commitment-broken', amountCents: 600_000 },
    ],
    payments: [
      { status: 'paid', amountCents: 400_000 },
      { status: 'scheduled', amountCents: 800_000 },
      { status: 'paid', amountCents: 200_000 },
      // The broken commitment's last payment will never be made.
      { status: 'cancelled', amountCents: 400_000 },
    ],
  });

  it('commits the amounts of approved applications and beyond', () => {
    expect(summary).toEqual({
      envelopeCents: 5_000_000,
      committedCents: 2_800_000,
      paidCents: 600_000,
      // 2 800 000 − 600 000 paid − 400 000 cancelled: 800 000 scheduled + 1 000 000 approved, not yet scheduled.
      remainingToPayCents: 1_800_000,
      availableCents: 2_200_000,
      beneficiaries: 3,
      maxBeneficiaries: 5,
    });
  });

  it('has no available amount without an envelope and never a negative remainder', () => {
    const open = budgetSummary({ envelopeCents: null, maxBeneficiaries: null, applications: [{ status: 'repaid', amountCents: 100 }], payments: [{ status: 'paid', amountCents: 100 }, { status: 'cancelled', amountCents: 50 }] });
    expect(open).toMatchObject({ availableCents: null, committedCents: 100, paidCents: 100, remainingToPayCents: 0 });
  });

  it('shows an overrun as a negative availability', () => {
    expect(budgetSummary({ envelopeCents: 100, maxBeneficiaries: null, applications: [{ status: 'approved', amountCents: 150 }], payments: [] }).availableCents).toBe(-50);
  });
});

describe('checkBudget', () => {
  const base = budgetSummary({ envelopeCents: 1_000_000, maxBeneficiaries: 2, applications: [{ status: 'approved', amountCents: 600_000 }], payments: [] });

  it('accepts what fits, to the cent', () => {
    expect(checkBudget(base, 400_000)).toEqual({ ok: true });
  });

  it('refuses what exceeds the envelope, saying by how much', () => {
    expect(checkBudget(base, 400_001)).toEqual({ ok: false, reason: 'envelope', overByCents: 1 });
  });

  it('refuses one beneficiary too many', () => {
    const full = budgetSummary({ envelopeCents: null, maxBeneficiaries: 1, applications: [{ status: 'completed', amountCents: 1 }], payments: [] });
    expect(checkBudget(full, 1)).toEqual({ ok: false, reason: 'beneficiaries', overByCents: 0 });
    expect(checkBudget({ ...full, maxBeneficiaries: null }, 1_000_000_000)).toEqual({ ok: true });
  });
});
