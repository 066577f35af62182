// `nx run api:migrate`: applies pending migrations (platform first, then modules in dependency order).
import { migrateToLatest } from '@ancrage/db';
import { migrationGroups } from '@ancrage/registry';
import { readEnv } from './env';
import { openPlatformDatabase } from './platform';

const env = readEnv();
const database = await openPlatformDatabase(env);
try {
  const results = await migrateToLatest(database.db, migrationGroups);
  const applied = results.flatMap((r) => r.results ?? []).filter((r) => r.status === 'Success');
  console.log(applied.length ? applied.map((r) => `applied ${r.migrationName}`).join('\n') : 'database is up to date');
} finally {
  await database.close();
}
