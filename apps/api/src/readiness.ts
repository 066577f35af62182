import { sql } from 'kysely';
import { migrationsAreCurrent, type AppDatabase } from '@ancrage/db';
import { migrationGroups } from '@ancrage/registry';

/** Ready = the database answers and every migration is applied. */
export function readiness(database: AppDatabase) {
  let migrated = false;
  return async () => {
    try {
      await sql`select 1`.execute(database.db);
      migrated ||= await migrationsAreCurrent(database.db, migrationGroups);
      return { ready: migrated, database: 'up', migrations: migrated ? 'current' : 'pending' };
    } catch {
      return { ready: false, database: 'down', migrations: migrated ? 'current' : 'unknown' };
    }
  };
}
