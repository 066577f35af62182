import type { ConditionType, Explanation } from '@ancrage/incentives-domain';

/**
 * The kinds of condition that make a rule fail: the conditions whose outcome
 * differs from what their failing branch needed (under a `not`, the ones that held).
 */
export function blockingConditions(explanation: Explanation): ConditionType[] {
  const found = new Set<ConditionType>();
  const visit = (node: Explanation, wanted: boolean) => {
    if (node.holds === wanted) return;
    if (node.op === 'condition') found.add(node.condition.type);
    else if (node.op === 'not') visit(node.child, !wanted);
    else node.children.forEach((child) => visit(child, wanted));
  };
  visit(explanation, true);
  return [...found];
}
