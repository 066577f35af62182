import { Kysely, PGliteDialect, PostgresDialect, CamelCasePlugin } from 'kysely';
import type { PlatformDatabase } from './platform-schema';

export type DatabaseKind = 'postgres' | 'pglite';

export interface DatabaseOptions {
  /** postgres://… — when absent, the embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string | undefined;
  /** A PGlite data dir dump (tar) to start from, used by tests. */
  loadDataDir?: Blob | undefined;
  poolSize?: number | undefined;
}

export interface AppDatabase {
  kind: DatabaseKind;
  /** Connects as the owner: migrations, seeds and platform-wide work only. */
  db: Kysely<PlatformDatabase>;
  close(): Promise<void>;
  /** Only for the embedded database: dumps the data dir (tests). */
  dumpDataDir?: () => Promise<Blob>;
}

export async function openDatabase(options: DatabaseOptions): Promise<AppDatabase> {
  if (options.url) {
    const { default: pg } = await import('pg');
    // int8 (counts, bigserial) as numbers; our ids never approach 2^53.
    pg.types.setTypeParser(20, (value) => Number(value));
    pg.types.setTypeParser(1700, (value) => Number(value));
    // A calendar day stays 'YYYY-MM-DD': a Date would shift it with the server's time zone.
    pg.types.setTypeParser(1082, (value) => value);
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its server (restart): the pool replaces it; readiness reports the outage.
    });
    pool.on('connect', (client) => {
      // A client in use that loses its server emits 'error' besides failing its query: without a
      // listener that would crash the process. The pool drops the broken client when it is released.
      client.on('error', () => undefined);
    });
    const db = new Kysely<PlatformDatabase>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    return { kind: 'postgres', db, close: () => db.destroy() };
  }
  const { PGlite, types } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create({
    dataDir: options.dataDir ?? 'memory://',
    loadDataDir: options.loadDataDir,
    parsers: { [types.INT8]: (value: string) => Number(value), [types.NUMERIC]: (value: string) => Number(value), [types.DATE]: (value: string) => value },
  });
  const db = new Kysely<PlatformDatabase>({ dialect: new PGliteDialect({ pglite }), plugins: [new CamelCasePlugin()] });
  return {
    kind: 'pglite',
    db,
    close: () => db.destroy(),
    dumpDataDir: () => pglite.dumpDataDir('none'),
  };
}
