import type { Profile } from '../profile.schema';
import { conditionOutcome } from './condition-outcome';
import type { Explanation } from './explanation';
import type { GeoSnapshot, Rule } from './rule.schema';

/**
 * Evaluates a rule node for node. An empty `all` holds (it is "everyone"), an
 * `any` needs one child that holds. A condition on an answer the profile lacks
 * does not hold (outcome `missing`); consequently a `not` over it holds: "not
 * in this area" is true of someone who has not said where they practise. This
 * is plain two-valued logic, so the laws of and/or/not apply and the rule
 * analysis (findRuleProblems) can treat "missing" as one more value.
 */
export function evaluateRule(rule: Rule, profile: Profile, geo: GeoSnapshot): Explanation {
  switch (rule.op) {
    case 'all':
    case 'any': {
      const children = rule.rules.map((child) => evaluateRule(child, profile, geo));
      const holds = rule.op === 'all' ? children.every((c) => c.holds) : children.some((c) => c.holds);
      return { op: rule.op, holds, children };
    }
    case 'not': {
      const child = evaluateRule(rule.rule, profile, geo);
      return { op: 'not', holds: !child.holds, child };
    }
    case 'condition': {
      const outcome = conditionOutcome(rule.condition, profile, geo);
      return { op: 'condition', holds: outcome === 'held', outcome, condition: rule.condition };
    }
  }
}
