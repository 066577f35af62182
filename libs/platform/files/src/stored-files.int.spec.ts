import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, platformMigrations, withTenant, type AppDatabase } from '@ancrage/db';
import { LocalDiskStorage } from './file-storage';
import { openFile, saveFile } from './stored-files';

let database: AppDatabase;
let storage: LocalDiskStorage;
const tenants: Record<string, string> = {};

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db, [{ id: 'platform', migrations: platformMigrations }]);
  for (const [slug, code] of [['meuse', '55'], ['landes', '40']] as const) {
    const row = await database.db
      .insertInto('platformTenant')
      .values({ slug, name: slug, departementCode: code, regionCode: '00', branding: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    tenants[slug] = row.id;
  }
  storage = new LocalDiskStorage(await mkdtemp(join(tmpdir(), 'ancrage-files-')));
});
afterAll(() => database.close());

describe('stored files', () => {
  it('stores bytes with a checksum and reads them back in the same tenant only', async () => {
    const meuse = tenants['meuse']!;
    const saved = await withTenant(database.db, meuse, (db) =>
      saveFile(db, storage, { tenantId: meuse, name: 'convention.txt', contentType: 'text/plain', data: Buffer.from('Convention constitutive'), createdBy: null }),
    );
    expect(saved).toMatchObject({ name: 'convention.txt', sizeBytes: 23, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const opened = await withTenant(database.db, meuse, (db) => openFile(db, storage, saved.id));
    expect(await text(opened!.stream)).toBe('Convention constitutive');
    expect(await withTenant(database.db, tenants['landes']!, (db) => openFile(db, storage, saved.id))).toBeUndefined();
  });

  it('refuses keys that escape the storage folder', async () => {
    await expect(storage.put('../../etc/evil', Buffer.from('x'))).rejects.toThrow('Invalid storage key');
  });
});
