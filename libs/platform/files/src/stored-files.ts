import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
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

export interface StoredBytes {
  id: string;
  tenantId: string;
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

/** Writes the bytes to storage, outside any transaction (storage may be a remote service). */
export async function storeBytes(storage: FileStorage, file: Pick<NewFile, 'tenantId' | 'contentType' | 'data'>): Promise<StoredBytes> {
  const id = randomUUID();
  const storageKey = `${file.tenantId}/${id}`;
  await storage.put(storageKey, file.data, file.contentType);
  return { id, tenantId: file.tenantId, storageKey, sha256: createHash('sha256').update(file.data).digest('hex'), sizeBytes: file.data.length };
}

/**
 * Streams bytes to storage (large imports), hashing and counting them on the
 * way; never holds the file in memory. The caller checks `sizeBytes` against
 * its limit and deletes the bytes when the stream was cut short.
 */
export async function storeStream(storage: FileStorage, file: { tenantId: string; contentType: string; stream: Readable }): Promise<StoredBytes> {
  const id = randomUUID();
  const storageKey = `${file.tenantId}/${id}`;
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const measured = file.stream.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        done(null, chunk);
      },
    }),
  );
  file.stream.on('error', (error) => measured.destroy(error));
  await storage.put(storageKey, measured, file.contentType);
  return { id, tenantId: file.tenantId, storageKey, sha256: hash.digest('hex'), sizeBytes };
}

/**
 * Records stored bytes in the caller's tenant transaction. If that transaction
 * rolls back, the orphan bytes are harmless (never referenced).
 */
export function recordFile(db: Kysely<any>, stored: StoredBytes, file: Pick<NewFile, 'name' | 'contentType' | 'createdBy'>) {
  return (db as Kysely<PlatformDatabase>)
    .insertInto('platformFile')
    .values({ ...stored, name: file.name, contentType: file.contentType, createdBy: file.createdBy })
    .returning(['id', 'name', 'contentType', 'sizeBytes', 'sha256', 'createdAt'])
    .executeTakeFirstOrThrow();
}

/** Both steps, for small files saved along with a module's own change. */
export async function saveFile(db: Kysely<any>, storage: FileStorage, file: NewFile) {
  return recordFile(db, await storeBytes(storage, file), file);
}

/** Opens a file of the current tenant (row-level security hides the others). */
export async function openFile(db: Kysely<any>, storage: FileStorage, id: string) {
  const file = await (db as Kysely<PlatformDatabase>).selectFrom('platformFile').selectAll().where('id', '=', id).executeTakeFirst();
  if (!file) return undefined;
  return { file, stream: await storage.get(file.storageKey) };
}
