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
  `create table territory_epci (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    code text not null,
    name text not null,
    kind text not null,
    population integer not null,
    primary key (tenant_id, code)
  )`,
  `create table territory_commune (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    code text not null,
    name text not null,
    search_name text not null,
    population integer not null,
    postal_codes text[] not null default '{}',
    epci_code text,
    primary key (tenant_id, code),
    foreign key (tenant_id, epci_code) references territory_epci (tenant_id, code)
  )`,
  `create index territory_commune_search on territory_commune (tenant_id, search_name)`,
  `create index territory_commune_epci on territory_commune (tenant_id, epci_code)`,
  `create table territory_perimeter (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    name text not null,
    kind text not null check (kind in ('zip', 'zac', 'cpts', 'bassin-vie', 'other')),
    description text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create unique index territory_perimeter_name on territory_perimeter (tenant_id, lower(name))`,
  `create table territory_perimeter_commune (
    tenant_id uuid not null,
    perimeter_id uuid not null,
    commune_code text not null,
    primary key (tenant_id, perimeter_id, commune_code),
    foreign key (tenant_id, perimeter_id) references territory_perimeter (tenant_id, id) on delete cascade,
    foreign key (tenant_id, commune_code) references territory_commune (tenant_id, code)
  )`,
  `create index territory_perimeter_commune_code on territory_perimeter_commune (tenant_id, commune_code)`,
];

export const territoryInitial: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
    for (const table of ['territory_epci', 'territory_commune', 'territory_perimeter', 'territory_perimeter_commune']) {
      for (const statement of tenantOwned(table)) await sql.raw(statement).execute(db);
    }
  },
};
