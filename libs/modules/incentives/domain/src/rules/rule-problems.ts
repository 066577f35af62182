import { RuleAnalysis } from './satisfiability';
import { MAX_RULE_DEPTH, MAX_RULE_NODES, type GeoSnapshot, type Rule } from './rule.schema';

/** Something that keeps a rule from being published, at `path` (the node, from the rule's root, e.g. ['rules', 1, 'rule']). */
export interface RuleProblem {
  /** i18n key 'incentives:ruleProblems.…' */
  key: string;
  params?: Record<string, string | number>;
  path: (string | number)[];
}

type Path = (string | number)[];

const problem = (name: string, path: Path, params?: Record<string, string | number>): RuleProblem =>
  params ? { key: `incentives:ruleProblems.${name}`, params, path } : { key: `incentives:ruleProblems.${name}`, path };

function nodesOf(rule: Rule, path: Path = [], depth = 1): { rule: Rule; path: Path; depth: number }[] {
  const self = { rule, path, depth };
  if (rule.op === 'all' || rule.op === 'any') return [self, ...rule.rules.flatMap((child, i) => nodesOf(child, [...path, 'rules', i], depth + 1))];
  if (rule.op === 'not') return [self, ...nodesOf(rule.rule, [...path, 'rule'], depth + 1)];
  return [self];
}

const childrenOf = (rule: Rule): Rule[] => (rule.op === 'all' || rule.op === 'any' ? rule.rules : rule.op === 'not' ? [rule.rule] : []);

/** Places the snapshot does not know: communes (when it lists the known ones), EPCIs and perimeters. */
function referenceProblems(rule: Rule, path: Path, geo: GeoSnapshot): RuleProblem[] {
  if (rule.op !== 'condition' || rule.condition.type !== 'practice-area') return [];
  const { area } = rule.condition;
  const known = geo.knownCommunes ? new Set(geo.knownCommunes) : null;
  return [
    ...(known ? area.communes.filter((code) => !known.has(code)).map((code) => problem('unknownCommune', path, { code })) : []),
    ...area.epcis.filter((code) => !(code in geo.epcis)).map((code) => problem('unknownEpci', path, { code })),
    ...area.perimeterIds.filter((id) => !(id in geo.perimeters)).map((id) => problem('unknownPerimeter', path, { id })),
  ];
}

/**
 * Why a rule should not be published: too deep or too large, an `any` with
 * nothing to choose from, places the territory does not know, and rules that
 * can never hold. An impossible part is reported where it becomes impossible
 * (a condition no profile meets, or the `all`/`not` whose members contradict
 * each other), and the whole rule once more at its root.
 */
export function findRuleProblems(rule: Rule, geo: GeoSnapshot): RuleProblem[] {
  const nodes = nodesOf(rule);
  const problems: RuleProblem[] = [];
  if (nodes.length > MAX_RULE_NODES) problems.push(problem('tooLarge', [], { count: nodes.length, max: MAX_RULE_NODES }));
  for (const node of nodes) {
    if (node.depth === MAX_RULE_DEPTH + 1) problems.push(problem('tooDeep', node.path, { max: MAX_RULE_DEPTH }));
    if (node.rule.op === 'any' && node.rule.rules.length === 0) problems.push(problem('emptyAny', node.path));
    problems.push(...referenceProblems(node.rule, node.path, geo));
  }

  const analysis = new RuleAnalysis(geo);
  const rootCanHold = analysis.canHold(rule);
  for (const node of nodes) {
    if (node.path.length === 0 || analysis.canHold(node.rule) !== false) continue;
    if (node.rule.op === 'any') continue; // impossible only through its members, reported themselves (or emptyAny)
    if (childrenOf(node.rule).some((child) => analysis.canHold(child) === false)) continue;
    problems.push(problem(node.rule.op === 'condition' ? 'conditionNeverHolds' : 'contradiction', node.path));
  }
  // Undecided (too many alternatives to expand) is not reported: the rule may well hold.
  if (rootCanHold === false) problems.push(problem('neverHolds', []));
  return problems;
}
