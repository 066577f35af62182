import { z } from 'zod';
import { communeCode, schemeReference } from '../profile.schema';
import { PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES } from '../vocabulary';

const range = (min: number, max: number) =>
  z
    .object({ min: z.number().int().min(min).max(max).optional(), max: z.number().int().min(min).max(max).optional() })
    .refine((r) => r.min !== undefined || r.max !== undefined, 'incentives:validation.rangeEmpty')
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'incentives:validation.rangeInverted');

/** A place: communes, whole EPCIs and the territory module's perimeters (ZIP, ZAC…), together. */
export const areaInput = z
  .object({
    communes: z.array(communeCode).max(2000).default([]),
    epcis: z.array(z.string().regex(/^\d{9}$/, 'incentives:validation.epciCode')).max(200).default([]),
    perimeterIds: z.array(z.uuid()).max(50).default([]),
  })
  .refine((a) => a.communes.length + a.epcis.length + a.perimeterIds.length > 0, 'incentives:validation.areaEmpty');
export type Area = z.output<typeof areaInput>;

/** One typed test on a profile. */
export const conditionInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), in: z.array(z.enum(STATUSES)).min(1) }),
  z.object({ type: z.literal('profession'), in: z.array(z.enum(PROFESSIONS)).min(1) }),
  z.object({ type: z.literal('specialty'), in: z.array(z.enum(SPECIALTIES)).min(1) }),
  z.object({ type: z.literal('year-of-study'), range: range(1, 15) }),
  z.object({ type: z.literal('age'), range: range(15, 99) }),
  z.object({ type: z.literal('practice-area'), area: areaInput }),
  z.object({ type: z.literal('practice-mode'), in: z.array(z.enum(PRACTICE_MODES)).min(1) }),
  z.object({ type: z.literal('commitment-years'), min: z.number().int().min(1).max(15) }),
  z.object({ type: z.literal('not-receiving'), schemes: z.array(schemeReference).min(1).max(30) }),
]);
export type Condition = z.output<typeof conditionInput>;
export type ConditionType = Condition['type'];

export type Rule =
  | { op: 'all'; rules: Rule[] }
  | { op: 'any'; rules: Rule[] }
  | { op: 'not'; rule: Rule }
  | { op: 'condition'; condition: Condition };

/** Deeper than this, a rule is no longer something an admin reads in a form. */
export const MAX_RULE_DEPTH = 6;
export const MAX_RULE_NODES = 60;

export const ruleInput: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.object({ op: z.literal('all'), rules: z.array(ruleInput).max(MAX_RULE_NODES) }),
    z.object({ op: z.literal('any'), rules: z.array(ruleInput).min(1).max(MAX_RULE_NODES) }),
    z.object({ op: z.literal('not'), rule: ruleInput }),
    z.object({ op: z.literal('condition'), condition: conditionInput }),
  ]),
) as z.ZodType<Rule>;

/** The rule that holds for everyone: an empty "all". */
export const EVERYONE: Rule = { op: 'all', rules: [] };

/**
 * What the rules engine knows of places, as plain data (so a published
 * version freezes it and the browser can receive it): the communes of each
 * perimeter and of each EPCI the rule names.
 */
export interface GeoSnapshot {
  perimeters: Record<string, readonly string[]>;
  epcis: Record<string, readonly string[]>;
  /** Every commune the tenant's territory knows (unknown codes are refused). */
  knownCommunes?: readonly string[];
}
export const EMPTY_GEO: GeoSnapshot = { perimeters: {}, epcis: {} };
