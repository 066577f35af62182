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
  `create table events_event (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    title text not null,
    summary text not null default '',
    description text not null default '',
    kind text not null check (kind in ('welcome-evening', 'discovery-weekend', 'forum-stand', 'training', 'webinar', 'practice-visit')),
    format text not null check (format in ('in-person', 'online', 'hybrid')),
    status text not null default 'draft' check (status in ('draft', 'published', 'cancelled', 'closed')),
    commune_name text not null default '',
    address text not null default '',
    access_hints text not null default '',
    online_url text not null default '',
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    agenda jsonb not null default '[]',
    audiences text[] not null,
    partners text[] not null default '{}',
    capacity integer check (capacity > 0),
    reserved_places integer not null default 0 check (reserved_places >= 0),
    quotas jsonb not null default '[]',
    registration_opens_at timestamptz,
    registration_closes_at timestamptz,
    questions jsonb not null default '[]',
    waitlist_sequence integer not null default 0,
    published_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id),
    check (ends_at > starts_at)
  )`,
  `create index events_event_starts on events_event (tenant_id, starts_at)`,
  `create table events_registration (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    event_id uuid not null,
    first_name text not null,
    last_name text not null,
    email text not null,
    phone text not null default '',
    audience text not null,
    organisation text not null default '',
    answers jsonb not null default '{}',
    locale text not null default 'fr',
    search_text text not null default '',
    status text not null check (status in ('confirmed', 'waiting', 'cancelled')),
    waitlist_position integer,
    check_in_token text not null,
    source text not null default 'portal' check (source in ('portal', 'back-office')),
    created_at timestamptz not null default now(),
    confirmed_at timestamptz,
    promoted_at timestamptz,
    cancelled_at timestamptz,
    checked_in_at timestamptz,
    checked_in_by uuid,
    reminded_at timestamptz,
    follow_up text not null default 'none' check (follow_up in ('none', 'contact', 'project')),
    erased_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, event_id) references events_event (tenant_id, id) on delete cascade,
    check ((status = 'waiting') = (waitlist_position is not null))
  )`,
  // The same person (email) holds at most one live registration per event; erased rows keep no email.
  `create unique index events_registration_person on events_registration (tenant_id, event_id, lower(email)) where status <> 'cancelled' and email <> ''`,
  `create unique index events_registration_check_in on events_registration (tenant_id, check_in_token)`,
  `create unique index events_registration_waitlist on events_registration (tenant_id, event_id, waitlist_position)`,
  `create index events_registration_event on events_registration (tenant_id, event_id, status)`,
  `create index events_registration_email on events_registration (tenant_id, lower(email))`,
  `create table events_access_token (
    tenant_id uuid not null,
    token_hash text not null,
    registration_id uuid not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, token_hash),
    foreign key (tenant_id, registration_id) references events_registration (tenant_id, id) on delete cascade
  )`,
  `create index events_access_token_registration on events_access_token (tenant_id, registration_id)`,
  `create table events_report (
    tenant_id uuid not null,
    event_id uuid not null,
    minutes text not null default '',
    organisations text[] not null default '{}',
    satisfaction integer[] not null default '{0,0,0,0,0}',
    satisfaction_comments text not null default '',
    updated_at timestamptz not null default now(),
    primary key (tenant_id, event_id),
    foreign key (tenant_id, event_id) references events_event (tenant_id, id) on delete cascade
  )`,
];

const tables = ['events_event', 'events_registration', 'events_access_token', 'events_report'];

export const eventsInitial: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
    for (const table of tables) {
      for (const statement of tenantOwned(table)) await sql.raw(statement).execute(db);
    }
  },
  async down(db: Kysely<any>) {
    for (const table of [...tables].reverse()) await sql.raw(`drop table if exists ${table}`).execute(db);
  },
};
