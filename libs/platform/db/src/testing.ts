// Test helpers: a fresh, migrated database per test file, on PGlite or on the
// PostgreSQL server named by DATABASE_URL. Used by *.int.spec.ts files only.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { openDatabase, type AppDatabase } from './database';

export interface DatabaseTemplate {
  kind: 'postgres' | 'pglite';
  /** postgres: server URL and template database name; pglite: path of a data dir dump. */
  url?: string;
  template?: string;
  dumpPath?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

export function databaseUrlWith(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, statement: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(url: string, template?: string): Promise<string> {
  const name = `ancrage_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}${template ? ` template ${template}` : ''}`);
  return name;
}

export async function dropPostgresDatabase(url: string, name: string) {
  await adminQuery(url, `drop database if exists ${name} with (force)`);
}

/** Opens a private copy of the migrated template; close() also drops it. */
export async function openTestDatabase(template: DatabaseTemplate): Promise<AppDatabase> {
  if (template.kind === 'postgres' && template.url) {
    const name = await createPostgresDatabase(template.url, template.template);
    const database = await openDatabase({ url: databaseUrlWith(template.url, name), poolSize: 20 });
    return {
      ...database,
      close: async () => {
        await database.close();
        await dropPostgresDatabase(template.url!, name);
      },
    };
  }
  const dump = await readFile(template.dumpPath!);
  return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) });
}
