import type { Condition } from './rule.schema';

/** Why a condition held or not: `missing` when the profile does not answer what it tests. */
export type ConditionOutcome = 'held' | 'failed' | 'missing';

/** The evaluation of a rule, node for node: every verdict explains itself. */
export type Explanation =
  | { op: 'all' | 'any'; holds: boolean; children: Explanation[] }
  | { op: 'not'; holds: boolean; child: Explanation }
  | { op: 'condition'; holds: boolean; outcome: ConditionOutcome; condition: Condition };
