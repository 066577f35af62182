import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Frozen in time: never import application code here.
// Row-level security binds the application role; the owner (migrations, seeds) is not bound.

const tenantOwned = (table: string) => [
  `alter table ${table} enable row level security`,
  `create policy tenant_isolation on ${table}
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`,
];

const statements = [
  `create table centre_governance_item (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    name text not null,
    description text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create unique index centre_governance_item_name on centre_governance_item (tenant_id, lower(name))`,
];

export const centreGovernanceInitial: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
    for (const table of ['centre_governance_item']) {
      for (const statement of tenantOwned(table)) await sql.raw(statement).execute(db);
    }
  },
  async down(db: Kysely<any>) {
    await sql.raw('drop table if exists centre_governance_item').execute(db);
  },
};
