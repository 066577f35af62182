import type { LiveCheck } from './live-check';

export type PublishBlocker = { key: 'unsaved' } | { key: 'problems'; count: number } | { key: 'failingCases'; count: number } | { key: 'unchecked' };

/** Why the scheme cannot be published yet (nothing: it can). */
export function publishBlockers(check: LiveCheck, dirty: boolean): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  if (dirty) blockers.push({ key: 'unsaved' });
  if (check.failed) blockers.push({ key: 'unchecked' });
  if (check.problems.length > 0) blockers.push({ key: 'problems', count: check.problems.length });
  const failing = check.results.filter((result) => !result.passed).length;
  if (failing > 0) blockers.push({ key: 'failingCases', count: failing });
  return blockers;
}
