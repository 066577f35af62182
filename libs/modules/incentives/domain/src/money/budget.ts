import { COMMITTED_STATUSES, type ApplicationStatus } from '../workflow/application-status';

export type PaymentStatus = 'scheduled' | 'paid' | 'cancelled';

export interface BudgetInput {
  envelopeCents: number | null;
  maxBeneficiaries: number | null;
  applications: readonly { status: ApplicationStatus; amountCents: number }[];
  payments: readonly { amountCents: number; status: PaymentStatus }[];
}

export interface BudgetSummary {
  envelopeCents: number | null;
  committedCents: number;
  paidCents: number;
  remainingToPayCents: number;
  /** Envelope minus committed; negative when an approval overrode the envelope; null without envelope. */
  availableCents: number | null;
  beneficiaries: number;
  maxBeneficiaries: number | null;
}

const sum = (values: readonly { amountCents: number }[]) => values.reduce((total, v) => total + v.amountCents, 0);

/**
 * One scheme's budget for one year.
 * - committed: the amounts of applications approved or further on (COMMITTED_STATUSES);
 *   a decision stays committed even if the commitment is later broken.
 * - remaining to pay: committed − paid − cancelled. Payments are scheduled for
 *   the whole amount of an application, and a broken commitment cancels its
 *   unpaid scheduled payments, so this equals "scheduled payments + committed
 *   amounts not scheduled yet" and leaves out what will never be paid. Never negative.
 * - beneficiaries: applications in COMMITTED_STATUSES.
 */
export function budgetSummary(input: BudgetInput): BudgetSummary {
  const committed = input.applications.filter((application) => COMMITTED_STATUSES.includes(application.status));
  const committedCents = sum(committed);
  const paidCents = sum(input.payments.filter((payment) => payment.status === 'paid'));
  const cancelledCents = sum(input.payments.filter((payment) => payment.status === 'cancelled'));
  return {
    envelopeCents: input.envelopeCents,
    committedCents,
    paidCents,
    remainingToPayCents: Math.max(0, committedCents - paidCents - cancelledCents),
    availableCents: input.envelopeCents === null ? null : input.envelopeCents - committedCents,
    beneficiaries: committed.length,
    maxBeneficiaries: input.maxBeneficiaries,
  };
}

export type BudgetCheck = { ok: true } | { ok: false; reason: 'envelope' | 'beneficiaries'; overByCents: number };

/** Whether committing `addCents` for one more beneficiary stays within the envelope and the number of beneficiaries. */
export function checkBudget(summary: BudgetSummary, addCents: number): BudgetCheck {
  if (summary.envelopeCents !== null && summary.committedCents + addCents > summary.envelopeCents) {
    return { ok: false, reason: 'envelope', overByCents: summary.committedCents + addCents - summary.envelopeCents };
  }
  if (summary.maxBeneficiaries !== null && summary.beneficiaries + 1 > summary.maxBeneficiaries) {
    return { ok: false, reason: 'beneficiaries', overByCents: 0 };
  }
  return { ok: true };
}
