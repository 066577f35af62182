import type { Condition, ConditionType, Rule } from '@ancrage/incentives-domain';

/**
 * Where a node sits in a rule, as the keys leading to it (`['rules', 1, 'rule']`):
 * the same shape as the paths of validation issues and rule problems.
 */
export type RulePath = readonly (string | number)[];

export type GroupOp = 'all' | 'any';

/** The node at `path` (undefined when the path leads nowhere). */
export function nodeAt(rule: Rule, path: RulePath): Rule | undefined {
  let node: unknown = rule;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node as Rule | undefined;
}

/** A copy of `rule` where the node at `path` is replaced by `change(node)`. */
export function updateAt(rule: Rule, path: RulePath, change: (node: Rule) => Rule): Rule {
  if (path.length === 0) return change(rule);
  const [key, ...rest] = path;
  if (key === 'rules' && (rule.op === 'all' || rule.op === 'any')) {
    const [index, ...deeper] = rest;
    if (typeof index !== 'number' || !rule.rules[index]) return rule;
    const child = rule.rules[index];
    return { ...rule, rules: rule.rules.map((node, i) => (i === index ? updateAt(child, deeper, change) : node)) };
  }
  if (key === 'rule' && rule.op === 'not') return { ...rule, rule: updateAt(rule.rule, rest, change) };
  return rule;
}

/** The group holding the node at `path`, and the node's index in it (null for the root or a negated node). */
function parentOf(path: RulePath): { groupPath: RulePath; index: number } | null {
  const index = path[path.length - 1];
  if (path.length < 2 || typeof index !== 'number' || path[path.length - 2] !== 'rules') return null;
  return { groupPath: path.slice(0, -2), index };
}

export function addChild(rule: Rule, groupPath: RulePath, child: Rule): Rule {
  return updateAt(rule, groupPath, (group) => (group.op === 'all' || group.op === 'any' ? { ...group, rules: [...group.rules, child] } : group));
}

/** Removes the node at `path`; removing what a "not" negates removes the "not" too. */
export function removeAt(rule: Rule, path: RulePath): Rule {
  if (path[path.length - 1] === 'rule') return removeAt(rule, path.slice(0, -1));
  const parent = parentOf(path);
  if (!parent) return rule;
  return updateAt(rule, parent.groupPath, (group) => (group.op === 'all' || group.op === 'any' ? { ...group, rules: group.rules.filter((_, i) => i !== parent.index) } : group));
}

/** Moves the node at `path` one place up (-1) or down (+1) in its group; the path it then has. */
export function moveAt(rule: Rule, path: RulePath, delta: -1 | 1): { rule: Rule; path: RulePath } {
  const parent = parentOf(path);
  if (!parent) return { rule, path };
  const target = parent.index + delta;
  const group = nodeAt(rule, parent.groupPath);
  if (!group || (group.op !== 'all' && group.op !== 'any') || target < 0 || target >= group.rules.length) return { rule, path };
  const moved = updateAt(rule, parent.groupPath, (node) => {
    if (node.op !== 'all' && node.op !== 'any') return node;
    const rules = [...node.rules];
    const [taken] = rules.splice(parent.index, 1);
    if (taken) rules.splice(target, 0, taken);
    return { ...node, rules };
  });
  return { rule: moved, path: [...parent.groupPath, 'rules', target] };
}

/** "Not" around the node at `path`, or the node itself again when it already is a "not". */
export function toggleNot(rule: Rule, path: RulePath): Rule {
  return updateAt(rule, path, (node) => (node.op === 'not' ? node.rule : { op: 'not', rule: node }));
}

export function setGroupOp(rule: Rule, path: RulePath, op: GroupOp): Rule {
  return updateAt(rule, path, (node) => (node.op === 'all' || node.op === 'any' ? { op, rules: node.rules } : node));
}

export function setCondition(rule: Rule, path: RulePath, condition: Condition): Rule {
  return updateAt(rule, path, (node) => (node.op === 'condition' ? { op: 'condition', condition } : node));
}

/** The rule as the builder edits it: always a group at the top (a lone condition is "all of: it"). */
export function asRootGroup(rule: Rule): Rule {
  return rule.op === 'all' || rule.op === 'any' ? rule : { op: 'all', rules: [rule] };
}

/** How many nodes a rule has and how deep it goes (the engine refuses beyond its limits). */
export function ruleSize(rule: Rule): { nodes: number; depth: number } {
  if (rule.op === 'condition') return { nodes: 1, depth: 1 };
  const children = rule.op === 'not' ? [rule.rule] : rule.rules;
  const sizes = children.map(ruleSize);
  return { nodes: 1 + sizes.reduce((sum, size) => sum + size.nodes, 0), depth: 1 + Math.max(0, ...sizes.map((size) => size.depth)) };
}

/** A new condition of a type, with values an admin then narrows (empty lists are reported until filled). */
export function blankCondition(type: ConditionType): Condition {
  switch (type) {
    case 'status':
    case 'profession':
    case 'specialty':
    case 'practice-mode':
      return { type, in: [] } as Condition;
    case 'year-of-study':
      return { type, range: { min: 1 } };
    case 'age':
      return { type, range: { max: 40 } };
    case 'practice-area':
      return { type, area: { communes: [], epcis: [], perimeterIds: [] } };
    case 'commitment-years':
      return { type, min: 1 };
    case 'not-receiving':
      return { type, schemes: [] };
  }
}

/** The same path written as validation issues write it ("rules.0.condition"). */
export const pathKey = (path: RulePath) => path.join('.');
