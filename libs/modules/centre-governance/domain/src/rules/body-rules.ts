import { z } from 'zod';

/**
 * What a majority is computed on:
 * - `expressed`: votes for and against (abstentions and blank votes are not counted, the usual rule);
 * - `present`: votes of the members present or represented (an abstention weighs as a vote not for);
 * - `all`: every vote of the body, present or not.
 */
export const VOTE_BASES = ['expressed', 'present', 'all'] as const;
export type VoteBase = (typeof VOTE_BASES)[number];

export const MAJORITY_KINDS = ['simple', 'qualified', 'unanimity'] as const;
export type MajorityKind = (typeof MAJORITY_KINDS)[number];

/**
 * The majority a decision needs. Qualified majorities are "at least
 * numerator/denominator of the base" (two thirds: 2/3); simple majority is
 * "more than half of the base"; unanimity is every vote of the base for.
 */
export const majorityRuleSchema = z
  .object({
    kind: z.enum(MAJORITY_KINDS),
    base: z.enum(VOTE_BASES).default('expressed'),
    numerator: z.number().int().min(1).max(100).default(2),
    denominator: z.number().int().min(1).max(100).default(3),
  })
  .refine((rule) => rule.kind !== 'qualified' || (rule.numerator * 2 > rule.denominator && rule.numerator <= rule.denominator), {
    message: 'centre-governance:validation.qualifiedFraction',
    path: ['numerator'],
  });
export type MajorityRule = z.output<typeof majorityRuleSchema>;

/** "more-than": strictly above the fraction; "at-least": the fraction is enough. */
export const QUORUM_COMPARISONS = ['at-least', 'more-than'] as const;
export const QUORUM_BASES = ['members', 'votes'] as const;
export type QuorumBasis = (typeof QUORUM_BASES)[number];

export const quorumRuleSchema = z
  .object({
    /** Counted on voting members (one each) or on their votes (statutory voting rights). */
    basis: z.enum(QUORUM_BASES),
    numerator: z.number().int().min(0).max(100),
    denominator: z.number().int().min(1).max(100),
    comparison: z.enum(QUORUM_COMPARISONS).default('at-least'),
    /** Whether members represented by a proxy count as present for the quorum. */
    proxiesCount: z.boolean().default(true),
    /** Many conventions let a meeting convened a second time deliberate without quorum. */
    secondCallWithoutQuorum: z.boolean().default(true),
  })
  .refine((rule) => (rule.comparison === 'more-than' ? rule.numerator < rule.denominator : rule.numerator <= rule.denominator), {
    message: 'centre-governance:validation.quorumFraction',
    path: ['numerator'],
  });
export type QuorumRule = z.output<typeof quorumRuleSchema>;

/**
 * Kinds of decision, each with its own majority per body. Amending the
 * convention, admitting or excluding a member and dissolving the GIP belong
 * to the general assembly (loi n° 2011-525, art. 99 and 100; the convention
 * states the majority, often unanimity or a qualified majority).
 */
export const DECISION_KINDS = ['ordinary', 'budget', 'accounts', 'staff', 'convention-amendment', 'member-admission', 'member-exclusion', 'dissolution'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const bodyRulesSchema = z.object({
  quorum: quorumRuleSchema,
  /** At most this many proxies held by one present member (null: no limit). */
  maxProxiesPerHolder: z.number().int().min(0).max(50).nullable().default(1),
  /** On a tie under a simple majority, the chair's vote decides ("voix prépondérante"). */
  chairCastingVote: z.boolean().default(false),
  /** The majority of each kind of decision; kinds missing here use `ordinary`. */
  majorities: z.partialRecord(z.enum(DECISION_KINDS), majorityRuleSchema).default({}),
});
export type BodyRules = z.output<typeof bodyRulesSchema>;
export type BodyRulesInput = z.input<typeof bodyRulesSchema>;

const simple: MajorityRule = { kind: 'simple', base: 'expressed', numerator: 2, denominator: 3 };

/** The majority a decision of `kind` needs in a body (simple majority of votes expressed unless the body says otherwise). */
export function majorityFor(rules: BodyRules, kind: DecisionKind): MajorityRule {
  return rules.majorities[kind] ?? rules.majorities.ordinary ?? simple;
}

export const BODY_KINDS = ['general-assembly', 'board'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Usual rules of a GIP convention, a starting point the officer adapts to the convention signed. */
export function defaultBodyRules(kind: BodyKind): BodyRules {
  const twoThirds: MajorityRule = { kind: 'qualified', base: 'expressed', numerator: 2, denominator: 3 };
  const unanimity: MajorityRule = { kind: 'unanimity', base: 'present', numerator: 2, denominator: 3 };
  if (kind === 'general-assembly') {
    return {
      quorum: { basis: 'votes', numerator: 1, denominator: 2, comparison: 'more-than', proxiesCount: true, secondCallWithoutQuorum: true },
      maxProxiesPerHolder: 1,
      chairCastingVote: false,
      majorities: { ordinary: simple, budget: simple, accounts: simple, 'member-admission': twoThirds, 'member-exclusion': twoThirds, 'convention-amendment': unanimity, dissolution: unanimity },
    };
  }
  return {
    quorum: { basis: 'members', numerator: 1, denominator: 2, comparison: 'at-least', proxiesCount: true, secondCallWithoutQuorum: true },
    maxProxiesPerHolder: 1,
    chairCastingVote: true,
    majorities: { ordinary: simple },
  };
}
