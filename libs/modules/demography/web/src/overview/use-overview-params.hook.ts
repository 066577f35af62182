import { useSearchParams } from 'react-router';
import { subjectInput, territoryLevels, type SubjectId, type TerritoryLevel } from '@ancrage/demography-domain';

export const OVERVIEW_TABS = ['map', 'table', 'evolution', 'withoutGp', 'accessibility'] as const;
export type OverviewTab = (typeof OVERVIEW_TABS)[number];

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/**
 * What the overview shows, kept in the address so that a view can be shared,
 * bookmarked and printed as it is: subject, snapshot, level, tab, and the two
 * snapshots compared. Snapshots not (or no longer) ready fall back to the newest.
 */
export function useOverviewParams(readyIds: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const known = (id: string | null) => (id !== null && readyIds.includes(id) ? id : undefined);
  const subject: SubjectId = subjectInput.safeParse(params.get('subject')).data ?? 'general-practice';
  const level: TerritoryLevel = pick(params.get('level'), territoryLevels, 'commune');
  const tab: OverviewTab = pick(params.get('tab'), OVERVIEW_TABS, 'map');
  const snapshotId = known(params.get('snapshot')) ?? readyIds[0];
  // By default, the chosen snapshot against the one before it.
  const toId = known(params.get('to')) ?? snapshotId;
  const fromId = known(params.get('from')) ?? readyIds[readyIds.indexOf(toId ?? '') + 1];

  const update = (changes: Partial<Record<'subject' | 'level' | 'tab' | 'snapshot' | 'from' | 'to', string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) if (value !== undefined) next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return { subject, level, tab, snapshotId, fromId, toId, update };
}
