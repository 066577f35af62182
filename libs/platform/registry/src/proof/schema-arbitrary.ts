// fast-check arbitraries built from a procedure's input schema (JSON Schema of
// its zod input), so that inputs follow whatever shape a module declares.
import fc from 'fast-check';
import { acceptsInput, type JsonSchema, type ProcedureEntry } from './procedure-catalog';

export interface ArbitraryOptions {
  /** Replaces plain text fields (no enum, format or pattern), e.g. with hostile strings. */
  text?: ((field: string, schema: JsonSchema) => fc.Arbitrary<string>) | undefined;
  /** Every property present, optional ones included (to reach every identifier field). */
  allKeys?: boolean | undefined;
  /** Numbers and booleans take their schema default when they have one (the first page of a list, not a random one). */
  defaults?: boolean | undefined;
}

const INT32 = 2 ** 31 - 1;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function stringArbitrary(field: string, schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? 200;
  const fits = (value: string) => value.length >= minLength && value.length <= maxLength;
  if (schema.format === 'uuid') return fc.uuid({ version: 4 });
  if (schema.format === 'date') return isoDate;
  if (schema.format === 'uri') return fc.webUrl({ validSchemes: ['https'] }).filter(fits);
  if (schema.format === 'email' || /email/i.test(field)) return fc.emailAddress().filter(fits);
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  if (options.text) return options.text(field, schema);
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(maxLength, 40)) });
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  if (schema.type === 'integer') return fc.integer({ min: clamp(Math.ceil(low), -INT32, INT32), max: clamp(Math.floor(high), -INT32, INT32) });
  return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary of values shaped by `schema`; `field` is the property name it fills. */
export function arbitraryFor(schema: JsonSchema, field = '', options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((branch) => arbitraryFor(branch, field, options)));
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return options.defaults && typeof schema.default === 'boolean' ? fc.constant(schema.default) : fc.boolean();
    case 'integer':
    case 'number':
      return options.defaults && typeof schema.default === 'number' ? fc.constant(schema.default) : numberArbitrary(schema);
    case 'string':
      return stringArbitrary(field, schema, options);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(arbitraryFor(schema.items ?? {}, field, options), { minLength, maxLength });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
        const key = schema.propertyNames ? arbitraryFor(schema.propertyNames, field, options) : fc.string({ maxLength: 20 });
        return fc.dictionary(key as fc.Arbitrary<string>, arbitraryFor(schema.additionalProperties, field, options), { maxKeys: 3 });
      }
      const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, arbitraryFor(property, name, options)]));
      return fc.record(model, { requiredKeys: options.allKeys ? Object.keys(properties) : (schema.required ?? []) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * A value the procedure accepts, found among schema-shaped candidates (cross-field
 * rules such as "ends after it starts" are met by trying several); undefined if none.
 */
export function acceptedSample(entry: ProcedureEntry, options: ArbitraryOptions & { seed: number; tries?: number }): unknown {
  if (!entry.schema) return undefined;
  const candidates = fc.sample(arbitraryFor(entry.schema, '', options), { seed: options.seed, numRuns: options.tries ?? 300 });
  return candidates.find((candidate) => acceptsInput(entry, candidate));
}

/** Rebuilds a JSON-like value, replacing each string leaf through `replace(leaf, key of its property)`. */
export function mapStrings(value: unknown, replace: (leaf: string, key: string) => string, key = ''): unknown {
  if (typeof value === 'string') return replace(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, mapStrings(item, replace, name)]));
  return value;
}
