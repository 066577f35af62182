/**
 * The life of an application. `draft` is the candidate's, until they submit;
 * after that only officers move it (and the candidate may withdraw before a decision).
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'under-review',
  'committee',
  'approved',
  'rejected',
  'withdrawn',
  'agreement-signed',
  'being-paid',
  'commitment-running',
  'completed',
  'commitment-broken',
  'repayment',
  'repaid',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Who may ask for a move: the candidate on the portal, an officer in the back-office. */
export type Actor = 'candidate' | 'officer';

/** Statuses whose amount counts as committed in the budget. */
export const COMMITTED_STATUSES: readonly ApplicationStatus[] = [
  'approved',
  'agreement-signed',
  'being-paid',
  'commitment-running',
  'completed',
  'commitment-broken',
  'repayment',
  'repaid',
];

/** Statuses in which the candidate's answers are frozen (changes go through a request the officer accepts). */
export const FROZEN_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter((s) => s !== 'draft');
