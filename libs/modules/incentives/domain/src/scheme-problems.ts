import { findRuleProblems, type RuleProblem } from './rules/rule-problems';
import { RuleAnalysis } from './rules/satisfiability';
import type { GeoSnapshot, Rule } from './rules/rule.schema';
import type { SchemeContent } from './scheme.schema';

/**
 * A scheme's rule problems (paths from the content: ['eligibility', …]), the
 * places of its commitment area the snapshot does not know, and an audience no
 * eligible profile belongs to.
 */
export function findSchemeProblems(content: SchemeContent, geo: GeoSnapshot): RuleProblem[] {
  const problems = findRuleProblems(content.eligibility, geo).map((p) => ({ ...p, path: ['eligibility', ...p.path] }));
  const area = content.commitment?.area;
  if (area) {
    const probe: Rule = { op: 'condition', condition: { type: 'practice-area', area } };
    problems.push(...findRuleProblems(probe, geo).filter((p) => !p.key.endsWith('.conditionNeverHolds') && !p.key.endsWith('.neverHolds')).map((p) => ({ ...p, path: ['commitment', 'area'] })));
  }
  const analysis = new RuleAnalysis(geo);
  const withAudience: Rule = { op: 'all', rules: [{ op: 'condition', condition: { type: 'status', in: content.audiences } }, content.eligibility] };
  if (analysis.canHold(content.eligibility) === true && analysis.canHold(withAudience) === false) {
    problems.push({ key: 'incentives:ruleProblems.audienceNeverEligible', path: ['audiences'] });
  }
  return problems;
}
