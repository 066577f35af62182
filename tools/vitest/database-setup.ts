// Vitest global setup: migrates one template database per run, which every test
// file then copies (PGlite data-dir dump, or PostgreSQL `create database … template`).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, openDatabase } from '@ancrage/db';
import { createPostgresDatabase, databaseUrlWith, dropPostgresDatabase } from '@ancrage/db/testing';
import { migrationGroups } from '@ancrage/registry';

export default async function setup(project: TestProject) {
  const url = process.env['DATABASE_URL'];
  if (url) {
    const name = await createPostgresDatabase(url);
    const database = await openDatabase({ url: databaseUrlWith(url, name) });
    await migrateToLatest(database.db, migrationGroups);
    await database.close();
    project.provide('databaseTemplate', { kind: 'postgres', url, template: name });
    return () => dropPostgresDatabase(url, name);
  }
  const folder = await mkdtemp(join(tmpdir(), 'ancrage-test-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db, migrationGroups);
  const dumpPath = join(folder, 'template.tar');
  await writeFile(dumpPath, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
  await database.close();
  project.provide('databaseTemplate', { kind: 'pglite', dumpPath });
  return () => rm(folder, { recursive: true, force: true });
}
