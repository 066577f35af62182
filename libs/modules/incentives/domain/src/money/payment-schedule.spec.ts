import { describe, expect, it } from 'vitest';
import { computeAmount } from './compute-amount';
import { paymentSchedule } from './payment-schedule';

describe('paymentSchedule', () => {
  it('dates each installment from the start, end-of-month safe', () => {
    const amount = computeAmount({ mode: 'monthly', amountCents: 50_000, months: 3, ceilingCents: 120_000 }, { status: 'interne', profession: 'medecin', receiving: [] });
    expect(paymentSchedule(amount, '2026-01-31')).toEqual([
      { seq: 1, dueOn: '2026-01-31', amountCents: 50_000 },
      { seq: 2, dueOn: '2026-02-28', amountCents: 50_000 },
      { seq: 3, dueOn: '2026-03-31', amountCents: 20_000 },
    ]);
  });

  it('pays yearly installments a year apart', () => {
    const amount = computeAmount({ mode: 'yearly', amountCents: 300_000, years: 2 }, { status: 'student', profession: 'medecin', receiving: [] });
    expect(paymentSchedule(amount, '2028-02-29').map((p) => p.dueOn)).toEqual(['2028-02-29', '2029-02-28']);
  });
});
