import { z } from 'zod';
import { NATIONAL_SCHEMES, PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES } from './vocabulary';

export const communeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'incentives:validation.communeCode');

/** A reference to another scheme: a local one (`local:<uuid>`) or a national one (`national:cesp`). */
export const schemeReference = z.union([
  z.templateLiteral(['local:', z.uuid()]),
  z.templateLiteral(['national:', z.enum(NATIONAL_SCHEMES)]),
]);
export type SchemeReference = z.infer<typeof schemeReference>;

/**
 * A person's situation as the simulator and the application form ask it.
 * Everything but status and profession is optional: a condition on a missing
 * answer does not hold, and the explanation says the answer is missing.
 */
export const profileInput = z.object({
  status: z.enum(STATUSES),
  profession: z.enum(PROFESSIONS),
  specialty: z.enum(SPECIALTIES).optional(),
  /** 1 = first year of studies (PASS/LAS included); internes count on from their 7th year. */
  yearOfStudy: z.number().int().min(1).max(15).optional(),
  age: z.number().int().min(15).max(99).optional(),
  /** Where they practise or would settle. */
  practiceCommune: communeCode.optional(),
  practiceMode: z.enum(PRACTICE_MODES).optional(),
  /** How many years of practice they accept to commit to. */
  commitmentYearsAccepted: z.number().int().min(0).max(15).optional(),
  /** Schemes they already receive. */
  receiving: z.array(schemeReference).max(30).default([]),
});
export type ProfileInput = z.input<typeof profileInput>;
export type Profile = z.output<typeof profileInput>;
