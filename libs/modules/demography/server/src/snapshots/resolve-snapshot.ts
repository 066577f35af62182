import type { Kysely } from 'kysely';
import { appError } from '@ancrage/trpc';
import type { DemographyDatabase } from '../demography-schema';
import { readySnapshots } from './snapshots.repository';

export interface SnapshotRef {
  id: string;
  extractedOn: string;
  fictitious: boolean;
  fileName: string;
}

/** The snapshot asked for (it must be ready), or the newest; null when nothing was imported yet. */
export async function resolveSnapshot(db: Kysely<DemographyDatabase>, snapshotId: string | undefined): Promise<SnapshotRef | null> {
  const ready = await readySnapshots(db);
  if (!snapshotId) return ready[0] ?? null;
  const found = ready.find((s) => s.id === snapshotId);
  if (!found) throw appError('NOT_FOUND', 'demography:import.snapshotNotFound');
  return found;
}
