import type { Kysely } from 'kysely';
import type { ModuleJobContext } from '@ancrage/module-sdk';
import type { DemographyDatabase } from '../demography-schema';
import { deleteSituations, findSnapshot, setSnapshotStatus } from '../snapshots/snapshots.repository';
import { listStudyArea } from '../study-area/study-area.repository';
import { communeResolver } from './commune-resolver';
import { importRppsLines } from './rpps-import';
import { readLines } from './rpps-lines';
import { situationSink, type TenantWork } from './situation-sink';

export const IMPORT_JOB = 'import';

/**
 * Imports the stored file of a queued snapshot. Each batch commits on its own
 * so the progress shows and the embedded database stays responsive; readers
 * only see `ready` snapshots, so a half-imported one is never used. A retry
 * after a crash starts again from an empty snapshot; the last failure leaves
 * the snapshot `failed` and empty. Earlier snapshots are never touched.
 */
export async function runImportJob(job: ModuleJobContext): Promise<void> {
  const snapshotId = String(job.payload['snapshotId']);
  const inTenant: TenantWork = (work) => job.inTenant((db) => work(db as Kysely<DemographyDatabase>));
  const snapshot = await inTenant((db) => findSnapshot(db, snapshotId));
  if (!snapshot || (snapshot.status !== 'queued' && snapshot.status !== 'importing') || !snapshot.fileId) return;

  const fail = (errorKey: string) =>
    inTenant(async (db) => {
      await deleteSituations(db, snapshotId);
      await setSnapshotStatus(db, snapshotId, { status: 'failed', errorKey });
    });

  try {
    await inTenant(async (db) => {
      await deleteSituations(db, snapshotId);
      await setSnapshotStatus(db, snapshotId, { status: 'importing', bytesRead: 0, counts: {} });
    });
    const bytes = await job.openFile(snapshot.fileId);
    if (!bytes) return await fail('import.fileMissing');
    const outcome = await importIntoSnapshot(inTenant, job.tenant.id, snapshotId, bytes);
    if (!outcome.ok) return await fail(outcome.errorKey);
  } catch (error) {
    if (job.isLastAttempt) await fail('import.failed');
    throw error;
  }
}

/**
 * Reads an extract into an empty snapshot, batch by batch, and marks it ready.
 * Shared by the job, the command line and the benchmark.
 */
export async function importIntoSnapshot(inTenant: TenantWork, tenantId: string, snapshotId: string, bytes: AsyncIterable<Uint8Array>) {
  const area = await inTenant(listStudyArea);
  let bytesRead = 0;
  const lines = readLines(bytes, (count) => (bytesRead += count));
  const outcome = await importRppsLines(lines, communeResolver(area), situationSink(inTenant, tenantId, snapshotId, () => bytesRead));
  if (outcome.ok) await inTenant((db) => setSnapshotStatus(db, snapshotId, { status: 'ready', counts: outcome.counts, report: outcome.report, bytesRead, errorKey: null }));
  return outcome;
}
