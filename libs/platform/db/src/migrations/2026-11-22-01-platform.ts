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
  `do $$ begin
    if not exists (select from pg_roles where rolname = 'ancrage_app') then
      create role ancrage_app nologin;
    end if;
  end $$`,
  // The owner switches to the role per request (PostgreSQL 16 does not let a role's creator do so implicitly).
  `grant ancrage_app to current_user`,
  `grant usage on schema public to ancrage_app`,
  `create table platform_tenant (
    id uuid primary key default gen_random_uuid(),
    slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text not null,
    departement_code text not null unique,
    region_code text not null,
    default_locale text not null default 'fr' check (default_locale in ('fr', 'en')),
    branding jsonb not null default '{}',
    hosts text[] not null default '{}',
    created_at timestamptz not null default now()
  )`,
  `create table platform_tenant_module (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    module_id text not null,
    enabled boolean not null default true,
    settings jsonb not null default '{}',
    settings_version integer not null default 1,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, module_id)
  )`,
  `create table platform_user (
    id uuid primary key default gen_random_uuid(),
    email text not null unique check (email = lower(email)),
    password_hash text,
    display_name text not null,
    locale text not null default 'fr',
    email_verified_at timestamptz,
    is_platform_admin boolean not null default false,
    created_at timestamptz not null default now()
  )`,
  `create table platform_membership (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    user_id uuid not null references platform_user(id) on delete cascade,
    role text not null check (role in ('admin', 'officer', 'partner', 'viewer')),
    created_at timestamptz not null default now(),
    primary key (tenant_id, user_id)
  )`,
  `create index platform_membership_user on platform_membership (tenant_id, user_id, role)`,
  `create table platform_session (
    token_hash text primary key,
    user_id uuid not null references platform_user(id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    last_seen_at timestamptz not null default now()
  )`,
  `create index platform_session_user on platform_session (user_id)`,
  `create table platform_login_attempt (
    key text not null,
    attempted_at timestamptz not null default now()
  )`,
  `create index platform_login_attempt_key on platform_login_attempt (key, attempted_at)`,
  `create table platform_token (
    token_hash text primary key,
    kind text not null check (kind in ('verify_email', 'reset_password')),
    user_id uuid not null references platform_user(id) on delete cascade,
    tenant_id uuid references platform_tenant(id) on delete cascade,
    expires_at timestamptz not null,
    used_at timestamptz
  )`,
  `create table platform_audit (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id bigint generated always as identity,
    at timestamptz not null default now(),
    user_id uuid,
    action text not null,
    entity_type text,
    entity_id text,
    before jsonb,
    after jsonb,
    request_id text,
    primary key (tenant_id, id)
  )`,
  `create index platform_audit_at on platform_audit (tenant_id, at desc)`,
  `create table platform_email (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    to_address text not null,
    subject text not null,
    text_body text not null,
    html_body text,
    attachments jsonb not null default '[]',
    status text not null default 'pending' check (status in ('pending', 'sent', 'kept', 'failed')),
    error text,
    created_at timestamptz not null default now(),
    sent_at timestamptz,
    primary key (tenant_id, id)
  )`,
  `create index platform_email_created on platform_email (tenant_id, created_at desc)`,
  `create table platform_file (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    name text not null,
    content_type text not null,
    size_bytes bigint not null,
    sha256 text not null,
    storage_key text not null,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create table platform_job (
    id bigint generated always as identity primary key,
    tenant_id uuid references platform_tenant(id) on delete cascade,
    queue text not null,
    payload jsonb not null default '{}',
    status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
    run_at timestamptz not null default now(),
    attempts integer not null default 0,
    max_attempts integer not null default 5,
    locked_until timestamptz,
    last_error text,
    created_at timestamptz not null default now(),
    finished_at timestamptz
  )`,
  `create index platform_job_due on platform_job (status, run_at) where status in ('pending', 'running')`,
  // Erasure in one tenant deletes the shared account only when no tenant still holds a role
  // for the person and they are not a platform administrator; the application role cannot delete accounts itself.
  `create function platform_erase_orphan_account(p_user uuid) returns boolean
    language sql volatile security definer set search_path = public
    as $$
      with deleted as (
        delete from platform_user u
        where u.id = p_user and not u.is_platform_admin
          and not exists (select 1 from platform_membership m where m.user_id = p_user)
        returning 1
      )
      select exists (select 1 from deleted)
    $$`,
];

export const platformInitial: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
    for (const table of ['platform_tenant_module', 'platform_membership', 'platform_audit', 'platform_email', 'platform_file']) {
      for (const statement of tenantOwned(table)) await sql.raw(statement).execute(db);
    }
  },
};
