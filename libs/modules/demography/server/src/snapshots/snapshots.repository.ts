import { sql, type Kysely } from 'kysely';
import type { DemographyDatabase, SnapshotCounts, SnapshotReport, SnapshotStatus } from '../demography-schema';

const extractedOn = sql<string>`to_char(extracted_on, 'YYYY-MM-DD')`.as('extractedOn');

export interface NewSnapshot {
  tenantId: string;
  extractedOn: string;
  fileId: string | null;
  fileName: string;
  fileSha256: string | null;
  bytesTotal: number;
  createdBy: string | null;
  fictitious?: boolean;
}

export async function insertSnapshot(db: Kysely<DemographyDatabase>, snapshot: NewSnapshot): Promise<string> {
  const { id } = await db
    .insertInto('demographySnapshot')
    .values({ ...snapshot, fictitious: snapshot.fictitious ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function listSnapshots(db: Kysely<DemographyDatabase>) {
  return db
    .selectFrom('demographySnapshot')
    .select(['id', extractedOn, 'fileName', 'status', 'bytesTotal', 'bytesRead', 'counts', 'errorKey', 'fictitious', 'createdAt', 'finishedAt'])
    .orderBy('extractedOn', 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
}

export function findSnapshot(db: Kysely<DemographyDatabase>, id: string) {
  return db.selectFrom('demographySnapshot').selectAll().select(extractedOn).where('id', '=', id).executeTakeFirst();
}

/** Snapshots indicators may use, newest first. */
export function readySnapshots(db: Kysely<DemographyDatabase>) {
  return db
    .selectFrom('demographySnapshot')
    .select(['id', extractedOn, 'fictitious', 'fileName'])
    .where('status', '=', 'ready')
    .orderBy('extractedOn', 'desc')
    .execute();
}

export function readySnapshotWith(db: Kysely<DemographyDatabase>, where: { sha256?: string; extractedOn?: string }) {
  let query = db.selectFrom('demographySnapshot').select(['id', extractedOn]).where('status', '=', 'ready');
  if (where.sha256) query = query.where('fileSha256', '=', where.sha256);
  if (where.extractedOn) query = query.where('extractedOn', '=', where.extractedOn);
  return query.executeTakeFirst();
}

export async function setSnapshotStatus(
  db: Kysely<DemographyDatabase>,
  id: string,
  values: { status: SnapshotStatus; counts?: SnapshotCounts; report?: SnapshotReport; errorKey?: string | null; bytesRead?: number },
) {
  const finished = values.status === 'ready' || values.status === 'failed' || values.status === 'duplicate';
  await db
    .updateTable('demographySnapshot')
    .set({
      status: values.status,
      ...(values.counts ? { counts: JSON.stringify(values.counts) } : {}),
      ...(values.report ? { report: JSON.stringify(values.report) } : {}),
      ...(values.errorKey !== undefined ? { errorKey: values.errorKey } : {}),
      ...(values.bytesRead !== undefined ? { bytesRead: values.bytesRead } : {}),
      finishedAt: finished ? new Date() : null,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteSituations(db: Kysely<DemographyDatabase>, snapshotId: string) {
  await db.deleteFrom('demographySituation').where('snapshotId', '=', snapshotId).execute();
}
