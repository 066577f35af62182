import type { MajorityRule } from './body-rules';

export const VOTE_CHOICES = ['for', 'against', 'abstention'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** Weighted votes of a deliberation, with what the majority may be computed on. */
export interface Tally {
  for: number;
  against: number;
  abstention: number;
  /** Votes of the voting members present or represented. */
  presentVotes: number;
  /** Every vote of the body. */
  totalVotes: number;
}

export type OutcomeReason = 'majority' | 'castingVote' | 'tie' | 'insufficient' | 'noVoteFor';

export interface Outcome {
  adopted: boolean;
  reason: OutcomeReason;
  /** The votes the base counts. */
  base: number;
  /** The votes for needed to adopt (for unanimity: every vote of the base). */
  required: number;
}

/** How the chair voted, when a tie under simple majority may be settled by their casting vote. */
export interface CastingVote {
  enabled: boolean;
  chairChoice: VoteChoice | null;
}

function baseOf(rule: MajorityRule, tally: Tally): number {
  if (rule.base === 'expressed') return tally.for + tally.against;
  if (rule.base === 'present') return tally.presentVotes;
  return tally.totalVotes;
}

/**
 * The outcome of a vote under a majority rule.
 * - simple: more votes for than half the base; a tie (exactly half) is
 *   rejected unless the body gives the chair a casting vote and the chair voted for;
 * - qualified: at least numerator/denominator of the base;
 * - unanimity: every vote of the base is for (with base `expressed`, abstentions do not break it).
 * A deliberation with no vote for is never adopted.
 */
export function deliberationOutcome(rule: MajorityRule, tally: Tally, casting: CastingVote = { enabled: false, chairChoice: null }): Outcome {
  const base = baseOf(rule, tally);
  if (rule.kind === 'unanimity') {
    const adopted = tally.for > 0 && tally.for >= base;
    return { adopted, reason: tally.for === 0 ? 'noVoteFor' : adopted ? 'majority' : 'insufficient', base, required: base };
  }
  if (rule.kind === 'qualified') {
    const required = Math.max(1, Math.ceil((base * rule.numerator) / rule.denominator));
    const adopted = tally.for > 0 && tally.for * rule.denominator >= base * rule.numerator;
    return { adopted, reason: tally.for === 0 ? 'noVoteFor' : adopted ? 'majority' : 'insufficient', base, required };
  }
  const required = Math.floor(base / 2) + 1;
  if (tally.for === 0) return { adopted: false, reason: 'noVoteFor', base, required };
  if (tally.for * 2 > base) return { adopted: true, reason: 'majority', base, required };
  if (tally.for * 2 === base) {
    const settled = casting.enabled && casting.chairChoice === 'for';
    return { adopted: settled, reason: settled ? 'castingVote' : 'tie', base, required };
  }
  return { adopted: false, reason: 'insufficient', base, required };
}
