import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from './database';
import { migrateToLatest } from './migrator';
import { platformMigrations } from './migrations';
import { withTenant, withoutTenant } from './tenant-scope';
import { createPostgresDatabase, databaseUrlWith, dropPostgresDatabase } from './testing';

const groups = [{ id: 'platform', migrations: platformMigrations }];
const postgresUrl = process.env['DATABASE_URL'];

const backends: { name: string; open: () => Promise<{ database: AppDatabase; cleanup: () => Promise<void> }> }[] = [
  {
    name: 'PGlite',
    open: async () => {
      const database = await openDatabase({ dataDir: 'memory://' });
      return { database, cleanup: () => database.close() };
    },
  },
];
if (postgresUrl) {
  backends.push({
    name: 'PostgreSQL',
    open: async () => {
      const name = await createPostgresDatabase(postgresUrl);
      const database = await openDatabase({ url: databaseUrlWith(postgresUrl, name) });
      return {
        database,
        cleanup: async () => {
          await database.close();
          await dropPostgresDatabase(postgresUrl, name);
        },
      };
    },
  });
}

describe.each(backends)('row-level security on $name', ({ open }) => {
  let database: AppDatabase;
  let cleanup: () => Promise<void>;
  let meuse: string;
  let landes: string;

  beforeAll(async () => {
    ({ database, cleanup } = await open());
    await migrateToLatest(database.db, groups);
    const insert = (slug: string, code: string) =>
      database.db
        .insertInto('platformTenant')
        .values({ slug, name: slug, departementCode: code, regionCode: '44', branding: {} })
        .returning('id')
        .executeTakeFirstOrThrow();
    meuse = (await insert('meuse', '55')).id;
    landes = (await insert('landes', '40')).id;
    for (const [tenantId, subject] of [
      [meuse, 'Meuse'],
      [landes, 'Landes'],
    ] as const) {
      await withTenant(database.db, tenantId, (trx) =>
        trx
          .insertInto('platformAudit')
          .values({ tenantId, action: 'test', entityType: null, entityId: subject, userId: null, before: null, after: null, requestId: null })
          .execute(),
      );
    }
  });
  afterAll(() => cleanup());

  it('shows a tenant only its own rows', async () => {
    const rows = await withTenant(database.db, meuse, (trx) => trx.selectFrom('platformAudit').select(['entityId']).execute());
    expect(rows.map((r) => r.entityId)).toEqual(['Meuse']);
  });

  it('shows nothing to a query that forgot its tenant', async () => {
    const rows = await withoutTenant(database.db, (trx) => trx.selectFrom('platformAudit').selectAll().execute());
    expect(rows).toEqual([]);
    const unscoped = await withoutTenant(database.db, (trx) => sql`select count(*)::int as n from platform_audit`.execute(trx));
    expect(unscoped.rows).toEqual([{ n: 0 }]);
  });

  it('refuses to write a row for another tenant', async () => {
    await expect(
      withTenant(database.db, meuse, (trx) =>
        trx
          .insertInto('platformAudit')
          .values({ tenantId: landes, action: 'intrusion', entityType: null, entityId: null, userId: null, before: null, after: null, requestId: null })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('cannot update or delete another tenant rows', async () => {
    const updated = await withTenant(database.db, meuse, (trx) =>
      trx.updateTable('platformAudit').set({ action: 'tampered' }).where('tenantId', '=', landes).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    const deleted = await withTenant(database.db, meuse, (trx) => trx.deleteFrom('platformAudit').executeTakeFirst());
    expect(Number(deleted.numDeletedRows)).toBe(1);
    const landesRows = await withTenant(database.db, landes, (trx) => trx.selectFrom('platformAudit').select('action').execute());
    expect(landesRows).toEqual([{ action: 'test' }]);
  });

  it('runs requests as a role that is not the table owner', async () => {
    const result = await withTenant(database.db, meuse, (trx) => sql<{ role: string }>`select current_user as role`.execute(trx));
    expect(result.rows[0]?.role).toBe('ancrage_app');
  });
});

describe.each(backends)('application role privileges on $name', ({ open }) => {
  let database: AppDatabase;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ database, cleanup } = await open());
    await migrateToLatest(database.db, groups);
  });
  afterAll(() => cleanup());

  it('cannot read sessions or account tokens, nor make anyone a platform administrator', async () => {
    await expect(withoutTenant(database.db, (trx) => trx.selectFrom('platformSession').selectAll().execute())).rejects.toThrow(/permission denied/);
    await expect(withoutTenant(database.db, (trx) => trx.selectFrom('platformToken').selectAll().execute())).rejects.toThrow(/permission denied/);
    await expect(withoutTenant(database.db, (trx) => trx.updateTable('platformUser').set({ isPlatformAdmin: true }).execute())).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      withoutTenant(database.db, (trx) => trx.insertInto('platformUser').values({ email: 'x@y.fr', displayName: 'X', passwordHash: null, emailVerifiedAt: null, isPlatformAdmin: true }).execute()),
    ).rejects.toThrow(/permission denied/);
    await expect(withoutTenant(database.db, (trx) => trx.updateTable('platformTenant').set({ hosts: ['evil.example'] }).execute())).rejects.toThrow(/permission denied/);
  });
});
