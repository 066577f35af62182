import type { TFunction } from 'i18next';
import type { Rule } from '@ancrage/incentives-domain';
import { nodeAt } from '../rule-builder/rule-tree';

/** The number the rule builder shows for the node at a rule path ("2.1"); "" for the top group. */
export function nodeNumber(path: readonly (string | number)[]): string {
  return path.filter((key): key is number => typeof key === 'number').map((index) => index + 1).join('.');
}

/** Where a problem is, in the editor's words: "condition 2.1", "the commitment's area"… */
export function problemLocation(path: readonly (string | number)[], rule: Rule, t: TFunction): string {
  const [section, ...rest] = path;
  if (section !== 'eligibility') return t(`admin.problems.sections.${String(section)}`, { defaultValue: t('admin.problems.sections.scheme') });
  if (rest.length === 0) return t('admin.rule.rootName');
  const node = nodeAt(rule, rest);
  const number = nodeNumber(rest);
  if (node?.op === 'condition') return t('admin.rule.conditionName', { number });
  if (node?.op === 'not') return t('admin.rule.negationName', { number });
  return t('admin.rule.groupName', { number });
}
