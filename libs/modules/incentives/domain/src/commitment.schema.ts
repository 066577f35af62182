import { z } from 'zod';
import { areaInput } from './rules/rule.schema';
import { PRACTICE_MODES, REPAYMENT_RULES } from './vocabulary';

/** What a beneficiary promises: years of practice, where and how; and what breaking it costs. */
export const commitmentInput = z.object({
  years: z.number().int().min(1).max(15),
  /** null: anywhere in the département. */
  area: areaInput.nullable().default(null),
  mode: z.enum([...PRACTICE_MODES, 'any']).default('any'),
  repayment: z.enum(REPAYMENT_RULES).default('pro-rata'),
});
export type Commitment = z.output<typeof commitmentInput>;
