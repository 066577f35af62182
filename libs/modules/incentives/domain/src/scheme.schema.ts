import { z } from 'zod';
import { commitmentInput } from './commitment.schema';
import { amountScheduleInput, cents } from './money/amount.schema';
import { profileInput, schemeReference } from './profile.schema';
import { ruleInput, EVERYONE } from './rules/rule.schema';
import { DOCUMENT_FORMATS, NATIONAL_SCHEMES, SCHEME_KINDS, SELECTION_MODES, STATUSES } from './vocabulary';

const text = (max: number) => z.string().trim().max(max);

/** Text an admin writes in French and, for English readers of the portal, in English (empty: French is shown). */
const localised = (max: number, minFr = 0) => z.object({ fr: text(max).min(minFr), en: text(max).default('') });
export type Localised = { fr: string; en: string };

const isoDay = z.iso.date('incentives:validation.date');
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'incentives:validation.monthDay');

export const calendarInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('ongoing') }),
  z.object({ mode: z.literal('window'), opensOn: isoDay, closesOn: isoDay }).refine((c) => c.opensOn <= c.closesOn, {
    path: ['closesOn'],
    message: 'incentives:validation.closesBeforeOpens',
  }),
  /** The same window every year, e.g. 03-01 → 06-30. */
  z.object({ mode: z.literal('yearly'), opens: monthDay, closes: monthDay }),
]);
export type Calendar = z.output<typeof calendarInput>;

export const requiredDocumentInput = z.object({
  key: z.string().regex(/^[a-z0-9-]{2,40}$/, 'incentives:validation.documentKey'),
  label: localised(160, 2),
  formats: z.array(z.enum(DOCUMENT_FORMATS)).min(1),
  /** At most the platform's upload limit (10 MB). */
  maxMegabytes: z.number().int().min(1).max(10).default(5),
  optional: z.boolean().default(false),
});
export type RequiredDocument = z.output<typeof requiredDocumentInput>;

/** A profile and what the scheme must answer for it; a scheme is published only when all of them pass. */
export const testCaseInput = z.object({
  label: text(160).min(2),
  profile: profileInput,
  expectEligible: z.boolean(),
  /** Checked only when set (and when eligible). */
  expectedAmountCents: cents.optional(),
});
export type TestCase = z.output<typeof testCaseInput>;

/** Everything a published version freezes. */
export const schemeContentInput = z.object({
  name: localised(160, 3),
  summary: localised(300),
  description: localised(8000),
  kind: z.enum(SCHEME_KINDS),
  funders: z.array(text(160).min(2)).max(10).default([]),
  instructingPartner: text(160).default(''),
  /** A local variant of a national scheme (e.g. a CESP top-up). */
  nationalBase: z.enum(NATIONAL_SCHEMES).nullable().default(null),
  audiences: z.array(z.enum(STATUSES)).min(1),
  eligibility: ruleInput.default(EVERYONE),
  amount: amountScheduleInput,
  commitment: commitmentInput.nullable().default(null),
  incompatibleWith: z.array(schemeReference).max(30).default([]),
  /** Per calendar year; null: no envelope. */
  yearlyEnvelopeCents: cents.nullable().default(null),
  maxBeneficiariesPerYear: z.number().int().min(1).max(100_000).nullable().default(null),
  calendar: calendarInput.default({ mode: 'ongoing' }),
  selection: z.enum(SELECTION_MODES).default('committee'),
  requiredDocuments: z.array(requiredDocumentInput).max(20).default([]),
  testCases: z.array(testCaseInput).max(50).default([]),
});
export type SchemeContentInput = z.input<typeof schemeContentInput>;
export type SchemeContent = z.output<typeof schemeContentInput>;
