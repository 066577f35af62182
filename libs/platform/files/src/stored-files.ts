import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import type { FileStorage } from './file-storage';

export interface NewFile {
  tenantId: string;
  name: string;
  contentType: string;
  data: Buffer;
  createdBy: string | null;
}

/**
 * Stores the bytes, then records the metadata in the caller's tenant transaction.
 * If that transaction rolls back, the orphan bytes are harmless (never referenced).
 */
export async function saveFile(db: Kysely<any>, storage: FileStorage, file: NewFile) {
  const id = randomUUID();
  const storageKey = `${file.tenantId}/${id}`;
  await storage.put(storageKey, file.data, file.contentType);
  return (db as Kysely<PlatformDatabase>)
    .insertInto('platformFile')
    .values({
      tenantId: file.tenantId,
      id,
      name: file.name,
      contentType: file.contentType,
      sizeBytes: file.data.length,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      storageKey,
      createdBy: file.createdBy,
    })
    .returning(['id', 'name', 'contentType', 'sizeBytes', 'sha256', 'createdAt'])
    .executeTakeFirstOrThrow();
}

/** Opens a file of the current tenant (row-level security hides the others). */
export async function openFile(db: Kysely<any>, storage: FileStorage, id: string) {
  const file = await (db as Kysely<PlatformDatabase>).selectFrom('platformFile').selectAll().where('id', '=', id).executeTakeFirst();
  if (!file) return undefined;
  return { file, stream: await storage.get(file.storageKey) };
}
