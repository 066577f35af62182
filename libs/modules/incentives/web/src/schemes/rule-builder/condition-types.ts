import type { ConditionType } from '@ancrage/incentives-domain';

/** Every kind of condition the builder offers, in the order admins meet them. */
export const CONDITION_TYPES: readonly ConditionType[] = [
  'status',
  'profession',
  'specialty',
  'year-of-study',
  'age',
  'practice-area',
  'practice-mode',
  'commitment-years',
  'not-receiving',
];
