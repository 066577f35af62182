// Inputs aimed at another tenant's data: a procedure's accepted input whose
// identifiers, codes and texts are replaced by values owned by that tenant.
import fc from 'fast-check';
import { acceptsInput, type JsonSchema, type ProcedureEntry } from './procedure-catalog';
import { acceptedSample, arbitraryFor, mapStrings } from './schema-arbitrary';
import type { TenantValue } from './tenant-data';

export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const isUuid = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value);

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** `eventId` → `event`, `registrationId` → `registration`, `id` → ``. */
const stem = (field: string) => snake(field).replace(/_?id$/, '');

/** How well a database column matches an input field: `eventId` ↔ `event_id` (3), `token` ↔ `check_in_token` (2), `communeCode` ↔ `territory_commune.code` (1). */
export function affinity(field: string, table: string, column: string): number {
  const name = snake(field);
  if (column === name) return 3;
  if (name && (column.endsWith(`_${name}`) || name.endsWith(`_${column}`))) return 2;
  const fieldStem = stem(field);
  if (fieldStem && table.endsWith(`_${fieldStem.split('_')[0]}`)) return 1;
  return 0;
}

/** The identifier a row offers for a field: its own column of that name, its id if the field names its table, else its id. */
function idFromRow(table: string, row: Record<string, unknown>, field: string): string | undefined {
  const own = row[field];
  if (isUuid(own)) return own;
  const fieldStem = stem(field);
  if (fieldStem && table.endsWith(`_${fieldStem}`) && isUuid(row['id'])) return row['id'];
  if (isUuid(row['id'])) return row['id'];
  return Object.entries(row).find(([key, value]) => key !== 'tenantId' && isUuid(value))?.[1] as string | undefined;
}

/** Whether a text satisfies a string schema's pattern and length (the pattern compiled once). */
function fitting(schema: JsonSchema): (value: string) => boolean {
  const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
  return (value) => (!pattern || pattern.test(value)) && value.length >= (schema.minLength ?? 0) && value.length <= (schema.maxLength ?? Infinity);
}

/** A text of the row for a text field, when a column clearly matches it (`token` ← `check_in_token`). */
function textFromRow(table: string, row: Record<string, unknown>, field: string, schema: JsonSchema): string | undefined {
  const fits = fitting(schema);
  const match = Object.entries(row).find(([key, value]) => typeof value === 'string' && !isUuid(value) && affinity(field, table, snake(key)) >= 2 && fits(value));
  return match?.[1] as string | undefined;
}

/** The string fields of a schema that are not enums, constants or formats (patterned codes included), by property name. */
function textFields(schema: JsonSchema | undefined, name = '', found = new Map<string, JsonSchema>()): Map<string, JsonSchema> {
  if (!schema) return found;
  if (schema.type === 'string' && !schema.enum && !('const' in schema) && !schema.format) found.set(name, schema);
  for (const [key, property] of Object.entries(schema.properties ?? {})) textFields(property, key, found);
  if (schema.items) textFields(schema.items, name, found);
  for (const branch of schema.anyOf ?? []) textFields(branch, name, found);
  return found;
}

export interface ForeignData {
  slug: string;
  /** Emails of the tenant's members. */
  emails: readonly string[];
  /** Rows sampled from each of its tables. */
  rows: readonly { table: string; row: Record<string, unknown> }[];
  /** Values only this tenant holds. */
  values: readonly TenantValue[];
}

export interface ForeignInputs {
  inputs: unknown[];
  /** False when no schema-shaped candidate passed the procedure's own validation (cross-field rules): the inputs are then refused as invalid. */
  accepted: boolean;
}

/**
 * Inputs the procedure accepts, each aimed at the foreign tenant: its identifiers
 * (taken together from one of its rows, so that an event and its registration
 * match), its codes where a field's pattern fits them, its slug and emails in
 * text fields. A procedure without input gets one call without input.
 */
export function foreignInputs(entry: ProcedureEntry, foreign: ForeignData, seed: number): ForeignInputs {
  if (!entry.schema) return { inputs: [undefined], accepted: true };
  const accepted = acceptedSample(entry, { seed, allKeys: true, defaults: true }) ?? acceptedSample(entry, { seed, defaults: true });
  const base = accepted ?? fc.sample(arbitraryFor(entry.schema, '', { allKeys: true, defaults: true }), { seed, numRuns: 1 })[0];
  const variants: unknown[] = [];
  const texts = textFields(entry.schema);
  const fromRow = (table: string, row: Record<string, unknown>) => (leaf: string, key: string) => {
    if (isUuid(leaf)) return idFromRow(table, row, key) ?? leaf;
    const schema = texts.get(key);
    return schema ? (textFromRow(table, row, key, schema) ?? leaf) : leaf;
  };
  if (JSON.stringify(base).match(UUID) !== null) {
    // Rows whose columns name the input's identifier fields first: an input made of one row's own identifiers is the most telling.
    const matching = (table: string, row: Record<string, unknown>) => {
      let score = 0;
      mapStrings(base, (leaf, key) => {
        if (isUuid(leaf) && (isUuid(row[key]) || (stem(key) !== '' && table.endsWith(`_${stem(key)}`)))) score += 1;
        return leaf;
      });
      return score;
    };
    const ranked = foreign.rows.map(({ table, row }) => ({ table, row, score: matching(table, row) })).sort((a, b) => b.score - a.score);
    for (const { table, row } of ranked) variants.push(mapStrings(base, fromRow(table, row)));
  }
  for (const [field, schema] of texts) {
    const fits = fitting(schema);
    const candidates = foreign.values
      .filter((v) => !isUuid(v.value) && fits(v.value) && (schema.pattern || affinity(field, v.table, v.column) > 0))
      .sort((a, b) => affinity(field, b.table, b.column) - affinity(field, a.table, a.column))
      .map((v) => v.value);
    const replacements = [...new Set([...candidates.slice(0, 3), ...(schema.pattern ? [] : [foreign.slug, ...foreign.emails.slice(0, 1)])])];
    for (const replacement of replacements) variants.push(mapStrings(base, (leaf, key) => (key === field ? replacement : leaf)));
  }
  const kept = [base, ...(accepted === undefined ? variants : variants.filter((variant) => acceptsInput(entry, variant)))];
  return { inputs: [...new Map(kept.map((variant) => [JSON.stringify(variant), variant])).values()], accepted: accepted !== undefined };
}
