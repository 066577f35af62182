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
  // The study area: the tenant's communes and its neighbours' (for care across the border).
  `create table demography_commune (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    code text not null,
    name text not null,
    match_name text not null,
    departement_code text not null,
    is_home boolean not null,
    epci_code text,
    epci_name text,
    population integer not null,
    postal_codes text[] not null default '{}',
    longitude double precision,
    latitude double precision,
    geometry jsonb,
    primary key (tenant_id, code)
  )`,
  `create table demography_snapshot (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    extracted_on date not null,
    file_id uuid,
    file_name text not null,
    file_sha256 text,
    status text not null default 'queued' check (status in ('queued', 'importing', 'ready', 'failed', 'duplicate')),
    bytes_total bigint not null default 0,
    bytes_read bigint not null default 0,
    counts jsonb not null default '{}',
    report jsonb not null default '{}',
    error_key text,
    fictitious boolean not null default false,
    created_by uuid,
    created_at timestamptz not null default now(),
    finished_at timestamptz,
    primary key (tenant_id, id)
  )`,
  `create unique index demography_snapshot_ready_date on demography_snapshot (tenant_id, extracted_on) where status = 'ready'`,
  `create table demography_situation (
    tenant_id uuid not null,
    snapshot_id uuid not null,
    line_number integer not null,
    national_id text not null,
    id_type text not null,
    last_name text not null,
    first_name text not null,
    profession_code text not null,
    profession_label text not null,
    specialty_code text,
    specialty_label text,
    mode text,
    siret text,
    finess text,
    structure_id text,
    structure_name text,
    sector_code text,
    sector_label text,
    postal_code text,
    commune_code text,
    commune_label text,
    resolved_by text not null check (resolved_by in ('code', 'postcode', 'label', 'unresolved')),
    weight double precision not null,
    primary key (tenant_id, snapshot_id, line_number),
    foreign key (tenant_id, snapshot_id) references demography_snapshot (tenant_id, id) on delete cascade
  )`,
  `create index demography_situation_commune on demography_situation (tenant_id, snapshot_id, commune_code)`,
  `create index demography_situation_person on demography_situation (tenant_id, snapshot_id, national_id)`,
  `create table demography_reference_value (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    subject text not null,
    level text not null check (level in ('region', 'france')),
    density_per100k double precision not null check (density_per100k >= 0),
    source text not null,
    year integer not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create unique index demography_reference_value_key on demography_reference_value (tenant_id, subject, level, year)`,
  `create table demography_birth_year (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    national_id text not null,
    birth_year integer not null check (birth_year between 1900 and 2100),
    source text not null,
    primary key (tenant_id, national_id)
  )`,
];

export const demographyInitial: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
    for (const table of ['demography_commune', 'demography_snapshot', 'demography_situation', 'demography_reference_value', 'demography_birth_year']) {
      for (const statement of tenantOwned(table)) await sql.raw(statement).execute(db);
    }
  },
};
