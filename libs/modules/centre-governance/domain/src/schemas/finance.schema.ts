import { z } from 'zod';
import { cents, isoDay, name, optionalDay, text } from './common';

export const CONTRIBUTION_FORMS = ['cash', 'in-kind'] as const;

/** A member's contribution for a year, as the GIP's budget fixes it. */
export const contributionInput = z.object({
  gipId: z.uuid(),
  memberId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  form: z.enum(CONTRIBUTION_FORMS),
  amountCents: cents.min(1, 'centre-governance:validation.amountRequired'),
  description: text(500).default(''),
});
export type ContributionInput = z.input<typeof contributionInput>;

/** Splits a yearly budget among the members whose convention share is set. */
export const contributionsFromBudgetInput = z.object({ gipId: z.uuid(), year: z.number().int().min(2000).max(2100), budgetCents: cents.min(1) });

export const fundCallInput = z.object({
  gipId: z.uuid(),
  memberId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  label: name(200),
  amountCents: cents.min(1, 'centre-governance:validation.amountRequired'),
  issuedOn: isoDay,
  dueOn: optionalDay,
});
export type FundCallInput = z.input<typeof fundCallInput>;

export const paymentInput = z.object({
  callId: z.uuid(),
  amountCents: cents.min(1, 'centre-governance:validation.amountRequired'),
  receivedOn: isoDay,
  reference: text(120).default(''),
  /** Required when the payment takes the call beyond its amount. */
  note: text(1000).default(''),
  /** The département's budget line the payment executes, when the département pays. */
  budgetLineId: z.uuid().nullable().default(null),
});
export type PaymentInput = z.input<typeof paymentInput>;

export const BUDGET_SECTIONS = ['operating', 'investment'] as const;

/** A line of the département's budget for the centre (chapter/article of the M57 nomenclature). */
export const budgetLineInput = z.object({
  centreId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  section: z.enum(BUDGET_SECTIONS),
  chapter: text(10).default(''),
  article: text(20).default(''),
  label: name(200),
  votedCents: cents,
});
export type BudgetLineInput = z.input<typeof budgetLineInput>;

export const financeYearInput = z.object({ gipId: z.uuid(), year: z.number().int().min(2000).max(2100) });
