// What a tenant owns, read as the table owner (no row-level security): every
// table with a `tenant_id` column, discovered from information_schema, so that
// a module's new tables are covered without editing the proof suites.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';

type OwnerDb = Kysely<PlatformDatabase>;

export interface TableColumn {
  name: string;
  /** information_schema data_type: uuid, text, jsonb, ARRAY, integer… */
  type: string;
}

export interface TenantTable {
  name: string;
  columns: TableColumn[];
}

/** Every base table of the public schema with its columns (snake_case names, as in the database). */
export async function publicTables(db: OwnerDb): Promise<TenantTable[]> {
  const { rows } = await sql<{ tableName: string; columnName: string; dataType: string }>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name not like 'kysely_migration%'
    order by c.table_name, c.ordinal_position`.execute(db);
  const tables = new Map<string, TableColumn[]>();
  for (const row of rows) tables.set(row.tableName, [...(tables.get(row.tableName) ?? []), { name: row.columnName, type: row.dataType }]);
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/** Tables that hold tenants' rows: those with a `tenant_id` column. */
export async function tenantTables(db: OwnerDb): Promise<TenantTable[]> {
  return (await publicTables(db)).filter((table) => table.columns.some((column) => column.name === 'tenant_id'));
}

/** An order-independent digest of some rows of a table (md5 of the sorted md5s of each row's text). */
function rowsDigest(db: OwnerDb, table: string, where: RawBuilder<unknown>) {
  return sql<{ digest: string }>`
    select md5(coalesce(string_agg(md5(r::text), ',' order by md5(r::text)), '')) as digest
    from ${sql.table(table)} r where ${where}`.execute(db);
}

/**
 * A digest per table of everything a tenant owns: its rows in every tenant
 * table, its own row in platform_tenant and the accounts of its members.
 */
export async function tenantDigest(db: OwnerDb, tenantId: string): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of await tenantTables(db)) {
    digests[table.name] = (await rowsDigest(db, table.name, sql`r.tenant_id = ${tenantId}`)).rows[0]?.digest ?? '';
  }
  digests['platform_tenant'] = (await rowsDigest(db, 'platform_tenant', sql`r.id = ${tenantId}`)).rows[0]?.digest ?? '';
  digests['platform_user (members)'] = (
    await rowsDigest(db, 'platform_user', sql`r.id in (select user_id from platform_membership where tenant_id = ${tenantId})`)
  ).rows[0]?.digest ?? '';
  return digests;
}

/** A digest per table of the given tables, whole, in one query (cheap on small databases). */
export async function databaseDigest(db: OwnerDb, tables: readonly string[]): Promise<Record<string, string>> {
  if (tables.length === 0) return {};
  const parts = tables.map(
    (table) => sql`select ${table} as name, md5(coalesce(string_agg(md5(r::text), ',' order by md5(r::text)), '')) as digest from ${sql.table(table)} r`,
  );
  const { rows } = await sql<{ name: string; digest: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** Tables whose digests differ between two digests. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}

/** The distinct text values of one column (uuid, text, text[] or the string leaves of jsonb) for one tenant. */
function columnValues(table: string, column: TableColumn, tenantId: string) {
  const ref = sql`r.${sql.ref(column.name)}`;
  return column.type === 'jsonb'
      ? sql`select distinct x #>> '{}' as value from ${sql.table(table)} r, jsonb_path_query(${ref}, 'strict $.** ? (@.type() == "string")') x where r.tenant_id = ${tenantId}`
      : column.type === 'ARRAY'
        ? sql`select distinct x::text as value from ${sql.table(table)} r, unnest(${ref}) x where r.tenant_id = ${tenantId}`
        : sql`select distinct ${ref}::text as value from ${sql.table(table)} r where r.tenant_id = ${tenantId} and ${ref} is not null`;
}

const TEXTUAL = new Set(['uuid', 'text', 'character varying', 'jsonb', 'ARRAY']);

export interface TenantValue {
  value: string;
  table: string;
  column: string;
  /** Rows the tenant has in that table: values of small tables are distinctive enough to search inside long texts. */
  tableRows: number;
}

/**
 * Values that only `owner` holds: every uuid and text (jsonb leaves and arrays
 * included) of its rows that appears nowhere in `other`'s rows of the same
 * column. The tenant ids themselves are left out (they are public).
 */
export async function valuesOnlyIn(db: OwnerDb, owner: string, other: string): Promise<TenantValue[]> {
  const found: TenantValue[] = [];
  for (const table of await tenantTables(db)) {
    const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table.name)} where tenant_id = ${owner}`.execute(db);
    const tableRows = counted[0]?.n ?? 0;
    if (tableRows === 0) continue;
    for (const column of table.columns.filter((c) => TEXTUAL.has(c.type) && c.name !== 'tenant_id')) {
      const { rows } = await sql<{ value: string }>`
        ${columnValues(table.name, column, owner)}
        except
        ${columnValues(table.name, column, other)}`.execute(db);
      for (const row of rows) found.push({ value: row.value, table: table.name, column: column.name, tableRows });
    }
  }
  return found;
}

/** Up to `perTable` rows of each tenant table for one tenant (camelCase keys, as Kysely returns them). */
export async function sampleRows(db: OwnerDb, tenantId: string, perTable: number): Promise<{ table: string; row: Record<string, unknown> }[]> {
  const samples: { table: string; row: Record<string, unknown> }[] = [];
  for (const table of await tenantTables(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)} where tenant_id = ${tenantId} limit ${perTable}`.execute(db);
    for (const row of rows) samples.push({ table: table.name, row });
  }
  return samples;
}
