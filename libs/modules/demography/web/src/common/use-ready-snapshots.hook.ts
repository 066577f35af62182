import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '@ancrage/ui';

export type SnapshotRow = RouterOutputs['demography']['snapshots'][number];

/** The snapshots indicators may use (imports finished), newest first. */
export function useReadySnapshots() {
  const trpc = useTRPC();
  const query = useQuery(trpc.demography.snapshots.queryOptions());
  const ready = useMemo(() => (query.data ?? []).filter((snapshot) => snapshot.status === 'ready').sort((a, b) => b.extractedOn.localeCompare(a.extractedOn)), [query.data]);
  return { query, ready };
}
