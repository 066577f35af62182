import { sql, type Kysely, type Transaction } from 'kysely';

/** The non-owner role every request runs as; row-level security applies to it. */
export const APP_ROLE = 'ancrage_app';

/**
 * Runs `work` in a transaction as the application role with `app.tenant_id` set:
 * row-level security then shows and accepts only that tenant's rows.
 */
export async function withTenant<DB, T>(db: Kysely<DB>, tenantId: string, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) {
    // Inside a caller's transaction the settings hold until it ends: never switch it to another tenant.
    const { rows } = await sql<{ current: string | null }>`select nullif(current_setting('app.tenant_id', true), '') as current`.execute(db);
    const current = rows[0]?.current;
    if (current && current !== tenantId) throw new Error('A transaction already scoped to one tenant cannot switch to another');
    await sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantId}, true)`.execute(db);
    return work(db as Transaction<DB>);
  }
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantId}, true)`.execute(trx);
    return work(trx);
  });
}

/** Same role, no tenant: platform tables are visible, every tenant-owned row is not. */
export async function withoutTenant<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('role', ${APP_ROLE}, true)`.execute(trx);
    return work(trx);
  });
}
