import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { APP_ROLE } from './tenant-scope';

/** The migrations of one module (or of the platform), applied by their own Migrator. */
export interface MigrationGroup {
  id: string;
  migrations: Record<string, Migration>;
}

const tableName = (groupId: string) => `kysely_migration_${groupId.replaceAll('-', '_')}`;

function migratorFor(db: Kysely<any>, group: MigrationGroup) {
  return new Migrator({
    db,
    provider: { getMigrations: async () => group.migrations },
    migrationTableName: tableName(group.id),
    migrationLockTableName: `${tableName(group.id)}_lock`,
  });
}

export class MigrationError extends Error {
  constructor(
    readonly groupId: string,
    readonly migrationName: string | undefined,
    override readonly cause: unknown,
  ) {
    super(`Migration ${groupId}/${migrationName ?? '?'} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Applies every pending migration, group after group, in the order given
 * (platform first, then modules in dependency order), then grants the
 * application role access to the tables that exist.
 */
export async function migrateToLatest(db: Kysely<any>, groups: readonly MigrationGroup[]): Promise<MigrationResultSet[]> {
  const results: MigrationResultSet[] = [];
  for (const group of groups) {
    const result = await migratorFor(db, group).migrateToLatest();
    if (result.error) {
      const failed = result.results?.find((r) => r.status === 'Error');
      throw new MigrationError(group.id, failed?.migrationName, result.error);
    }
    results.push(result);
  }
  await grantApplicationRole(db);
  return results;
}

/** True when every known migration of every group has been applied. */
export async function migrationsAreCurrent(db: Kysely<any>, groups: readonly MigrationGroup[]): Promise<boolean> {
  for (const group of groups) {
    const migrations = await migratorFor(db, group).getMigrations();
    if (migrations.some((m) => !m.executedAt)) return false;
  }
  return true;
}

// What the application role may do on the platform's own tables: tenant-owned ones
// (under row-level security) fully; shared ones only as far as requests need.
// Sessions, sign-in attempts and account tokens are read by the owner only.
const PLATFORM_GRANTS = [
  `grant select, insert, update, delete on platform_tenant_module, platform_membership, platform_audit, platform_email, platform_file to ${APP_ROLE}`,
  `grant select on platform_tenant to ${APP_ROLE}`,
  `grant select, insert (email, display_name, password_hash, email_verified_at, locale) on platform_user to ${APP_ROLE}`,
  `grant insert on platform_token to ${APP_ROLE}`,
  // Enqueuing returns the job's id; other tenants' jobs (payloads) stay unreadable.
  `revoke select on platform_job from ${APP_ROLE}`,
  `grant select (id), insert on platform_job to ${APP_ROLE}`,
];

/** Module tables (`<module>_*`) are all tenant-owned: the application role gets full access, bound by RLS. */
async function grantApplicationRole(db: Kysely<any>) {
  await sql
    .raw(
      `do $$
      declare t record;
      begin
        for t in select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely\\_%' and tablename not like 'platform\\_%' loop
          execute format('grant select, insert, update, delete on table public.%I to ${APP_ROLE}', t.tablename);
        end loop;
        for t in select sequencename from pg_sequences where schemaname = 'public' loop
          execute format('grant usage, select on sequence public.%I to ${APP_ROLE}', t.sequencename);
        end loop;
      end $$`,
    )
    .execute(db);
  for (const statement of PLATFORM_GRANTS) await sql.raw(statement).execute(db);
}
