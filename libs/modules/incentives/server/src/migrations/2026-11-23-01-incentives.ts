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

const TABLES = [
  'incentives_scheme',
  'incentives_scheme_version',
  'incentives_envelope',
  'incentives_application',
  'incentives_application_event',
  'incentives_application_document',
  'incentives_change_request',
  'incentives_committee_session',
  'incentives_committee_decision',
  'incentives_payment',
  'incentives_reminder',
];

const statements = [
  // The editable draft lives on the scheme; each publication freezes a version.
  `create table incentives_scheme (
    tenant_id uuid not null references platform_tenant(id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    slug text not null,
    status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
    draft jsonb not null,
    published_version integer,
    row_version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create unique index incentives_scheme_slug on incentives_scheme (tenant_id, slug)`,
  `create table incentives_scheme_version (
    tenant_id uuid not null,
    scheme_id uuid not null,
    version integer not null check (version > 0),
    content jsonb not null,
    geo jsonb not null,
    published_at timestamptz not null default now(),
    published_by uuid,
    primary key (tenant_id, scheme_id, version),
    foreign key (tenant_id, scheme_id) references incentives_scheme (tenant_id, id) on delete cascade
  )`,
  // A year's envelope set by the admin; without a row the scheme's yearly envelope applies.
  `create table incentives_envelope (
    tenant_id uuid not null,
    scheme_id uuid not null,
    year integer not null check (year between 2000 and 2100),
    envelope_cents bigint not null check (envelope_cents >= 0),
    primary key (tenant_id, scheme_id, year),
    foreign key (tenant_id, scheme_id) references incentives_scheme (tenant_id, id) on delete cascade
  )`,
  `create table incentives_application (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    reference text not null,
    scheme_id uuid not null,
    scheme_version integer not null,
    applicant_user_id uuid references platform_user(id) on delete set null,
    status text not null default 'draft',
    row_version integer not null default 1,
    first_name text not null,
    last_name text not null,
    email text not null,
    phone text not null default '',
    birth_date date,
    profile jsonb not null,
    amount_cents bigint not null default 0 check (amount_cents >= 0),
    budget_year integer,
    budget_override boolean not null default false,
    submitted_at timestamptz,
    decided_at timestamptz,
    agreement_signed_on date,
    commitment_starts_on date,
    commitment_ends_on date,
    commitment_broken_on date,
    repayment_cents bigint check (repayment_cents >= 0),
    repaid_on date,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, scheme_id, scheme_version) references incentives_scheme_version (tenant_id, scheme_id, version)
  )`,
  `create unique index incentives_application_reference on incentives_application (tenant_id, reference)`,
  `create index incentives_application_scheme on incentives_application (tenant_id, scheme_id, status)`,
  `create index incentives_application_applicant on incentives_application (tenant_id, applicant_user_id)`,
  `create table incentives_application_event (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    application_id uuid not null,
    from_status text,
    to_status text not null,
    actor_user_id uuid,
    comment text not null default '',
    at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, application_id) references incentives_application (tenant_id, id) on delete cascade
  )`,
  `create index incentives_application_event_application on incentives_application_event (tenant_id, application_id, at)`,
  `create table incentives_application_document (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    application_id uuid not null,
    document_key text not null,
    file_id uuid not null,
    file_name text not null,
    content_type text not null,
    size_bytes bigint not null,
    uploaded_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, application_id) references incentives_application (tenant_id, id) on delete cascade
  )`,
  `create index incentives_application_document_application on incentives_application_document (tenant_id, application_id)`,
  // A candidate's request to change a submitted application; applied only when an officer accepts it.
  `create table incentives_change_request (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    application_id uuid not null,
    message text not null,
    proposed jsonb not null,
    status text not null default 'pending' check (status in ('pending', 'accepted', 'refused')),
    decided_by uuid,
    decided_at timestamptz,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, application_id) references incentives_application (tenant_id, id) on delete cascade
  )`,
  `create table incentives_committee_session (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    held_on date not null,
    title text not null,
    notes text not null default '',
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create table incentives_committee_decision (
    tenant_id uuid not null,
    session_id uuid not null,
    application_id uuid not null,
    decision text not null check (decision in ('approved', 'rejected', 'deferred')),
    comment text not null default '',
    decided_at timestamptz not null default now(),
    primary key (tenant_id, session_id, application_id),
    foreign key (tenant_id, session_id) references incentives_committee_session (tenant_id, id) on delete cascade,
    foreign key (tenant_id, application_id) references incentives_application (tenant_id, id) on delete cascade
  )`,
  `create table incentives_payment (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    application_id uuid not null,
    seq integer not null,
    due_on date not null,
    amount_cents bigint not null check (amount_cents > 0),
    status text not null default 'scheduled' check (status in ('scheduled', 'paid', 'cancelled')),
    paid_on date,
    reference text not null default '',
    primary key (tenant_id, id),
    unique (tenant_id, application_id, seq),
    foreign key (tenant_id, application_id) references incentives_application (tenant_id, id) on delete cascade
  )`,
  `create index incentives_payment_due on incentives_payment (tenant_id, status, due_on)`,
  // Follow-up reminders (proof of practice, payments due): what was planned and what was sent.
  `create table incentives_reminder (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    application_id uuid not null,
    kind text not null check (kind in ('commitment-check', 'payment-due')),
    due_on date not null,
    sent_at timestamptz,
    email_id uuid,
    primary key (tenant_id, id),
    unique (tenant_id, application_id, kind, due_on),
    foreign key (tenant_id, application_id) references incentives_application (tenant_id, id) on delete cascade
  )`,
];

export const incentivesInitial: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
    for (const table of TABLES) {
      for (const statement of tenantOwned(table)) await sql.raw(statement).execute(db);
    }
  },
  async down(db: Kysely<any>) {
    for (const table of [...TABLES].reverse()) await sql.raw(`drop table if exists ${table}`).execute(db);
  },
};
