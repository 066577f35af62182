import type { Kysely } from 'kysely';
import type { DemographyDatabase } from '../demography-schema';
import { insertSnapshot, setSnapshotStatus } from '../snapshots/snapshots.repository';
import { listStudyArea } from '../study-area/study-area.repository';
import { communeResolver } from './commune-resolver';
import { importRppsLines } from './rpps-import';
import { situationSink } from './situation-sink';

/**
 * Imports RPPS-format lines as a ready snapshot in the caller's transaction
 * (the demo seed): the same reader, resolver and writer as an uploaded file.
 */
export async function importLinesAsSnapshot(
  db: Kysely<DemographyDatabase>,
  tenantId: string,
  lines: AsyncIterable<string>,
  snapshot: { extractedOn: string; fileName: string; fictitious: boolean },
): Promise<string> {
  const snapshotId = await insertSnapshot(db, { tenantId, ...snapshot, fileId: null, fileSha256: null, bytesTotal: 0, createdBy: null });
  const outcome = await importRppsLines(lines, communeResolver(await listStudyArea(db)), situationSink((work) => work(db), tenantId, snapshotId, () => 0));
  if (!outcome.ok) throw new Error(`Demo RPPS lines refused: ${outcome.errorKey}`);
  await setSnapshotStatus(db, snapshotId, { status: 'ready', counts: outcome.counts, report: outcome.report });
  return snapshotId;
}
