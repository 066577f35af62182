// Stored XSS: HTML and Markdown payloads typed into every free-text field of
// every mutation come back from every query as the very text that was typed
// (data, never markup the server built around it), and the HTML versions of
// emails carry them escaped.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANDES, MEUSE, seedTwoTenants } from '../fixtures.int-helpers';
import { createTestPlatform, type TestCaller, type TestPlatform } from '../testing';
import { foreignInputs } from './foreign-inputs';
import { acceptsInput, callProcedure, procedureEntries, settle, type JsonSchema, type ProcedureEntry } from './procedure-catalog';
import { acceptedSample, mapStrings } from './schema-arbitrary';
import { tenantData } from './tenant-seeding';

const SEED = 31_337;
const PAYLOADS = [
  (tag: string) => `<img src=x onerror=alert('${tag}')>`,
  (tag: string) => `<script>alert('${tag}')</script>`,
  (tag: string) => `"><svg onload=alert('${tag}')>`,
  (tag: string) => `[${tag}](javascript:alert(1)) **gras**`,
];
const TAG = /xss\d+/g;
/** Markup the server would have built: a document, a paragraph, a link. */
const SERVER_HTML = /<(html|body|p|a|div|br)[\s>]/i;

let platform: TestPlatform;
let admin: TestCaller;
/** Every payload sent, by its tag. */
const sent = new Map<string, string>();
let stored = 0;

/** Plain text fields of a schema with room for a payload (no enum, format or pattern). */
function textFields(schema: JsonSchema | undefined, name = '', found = new Map<string, JsonSchema>()): Map<string, JsonSchema> {
  if (!schema) return found;
  const freeText = schema.type === 'string' && !schema.enum && !('const' in schema) && !schema.format && !schema.pattern && !/email|password|token/i.test(name);
  if (freeText && (schema.maxLength ?? Infinity) >= 60) found.set(name, schema);
  for (const [key, property] of Object.entries(schema.properties ?? {})) textFields(property, key, found);
  if (schema.items) textFields(schema.items, name, found);
  for (const branch of schema.anyOf ?? []) textFields(branch, name, found);
  return found;
}

/** The mutation's accepted sample with a tagged payload in each free-text field (one payload kind per call). */
function withPayloads(entry: ProcedureEntry, base: unknown, payload: (tag: string) => string): unknown {
  const fields = textFields(entry.schema);
  return mapStrings(base, (leaf, key) => {
    if (!fields.has(key)) return leaf;
    const tag = `xss${sent.size + 1}`;
    sent.set(tag, payload(tag));
    return payload(tag);
  });
}

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  admin = await platform.caller({ tenant: MEUSE.slug, user: `admin@${MEUSE.slug}.test` });
  const own = await tenantData(platform, MEUSE.slug, LANDES.slug);
  for (const entry of procedureEntries.filter((e) => e.type === 'mutation' && textFields(e.schema).size > 0)) {
    // Real identifiers of the tenant where the mutation needs some (an event to register for).
    const bases = foreignInputs(entry, own, SEED).inputs.slice(0, 3);
    const fallback = acceptedSample(entry, { seed: SEED, allKeys: true, defaults: true });
    for (const base of fallback === undefined ? bases : [fallback, ...bases]) {
      for (const payload of PAYLOADS) {
        const input = withPayloads(entry, base, payload);
        if (acceptsInput(entry, input) && (await settle(callProcedure(admin, entry.path, input))).ok) stored += 1;
      }
    }
  }
}, 300_000);
afterAll(() => platform.close());

describe('stored XSS: payloads in every free-text field come back inert', () => {
  it('returns each payload exactly as typed, never inside markup the server built', async () => {
    expect(stored).toBeGreaterThan(5);
    // Enough rows of each table to reach the ones the payloads went into.
    const own = await tenantData(platform, MEUSE.slug, LANDES.slug, 30);
    const visitor = await platform.caller({ tenant: MEUSE.slug });
    const returned = new Set<string>();
    const problems: string[] = [];
    for (const entry of procedureEntries.filter((e) => e.type === 'query')) {
      for (const input of foreignInputs(entry, own, SEED).inputs) {
        for (const caller of [admin, visitor]) {
          const outcome = await settle(callProcedure(caller, entry.path, input));
          if (!outcome.ok) continue;
          mapStrings(outcome.value, (text, key) => {
            for (const tag of text.match(TAG) ?? []) {
              const payload = sent.get(tag);
              if (!payload) continue;
              if (text.includes(payload)) returned.add(tag);
              // Escaped into an email or a calendar is fine; raw inside server-made HTML is not, nor a payload altered on the way.
              if (text.includes(payload) && SERVER_HTML.test(text.replace(payload, ''))) problems.push(`${entry.path} ${key}: raw payload inside HTML`);
              if (!text.includes(payload) && text.includes(`alert('${tag}')`) && !text.includes('&lt;')) problems.push(`${entry.path} ${key}: payload altered: ${text.slice(0, 120)}`);
            }
            return text;
          });
        }
      }
    }
    expect(problems).toEqual([]);
    expect(returned.size, 'payloads read back').toBeGreaterThan(20);
  }, 300_000);

  it('escapes the payloads in the HTML version of every email, registration emails greeting the registrant included', async () => {
    // A registration email greets the registrant by the name typed in the portal's form.
    const payload = PAYLOADS[0]!('xss-email');
    sent.set('xss-email', payload);
    const starts = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { id: eventId } = await admin.events.createEvent({
      title: payload,
      kind: 'welcome-evening',
      format: 'in-person',
      communeName: payload,
      startsAt: `${starts}T18:00`,
      endsAt: `${starts}T21:00`,
      audiences: ['student'],
      capacity: 10,
    });
    await admin.events.setEventStatus({ id: eventId, status: 'published' });
    const visitor = await platform.caller({ tenant: MEUSE.slug });
    await visitor.events.register({ eventId, firstName: payload, lastName: payload, email: 'etudiante@example.org', audience: 'student', consent: true });

    const { rows } = await sql<{ htmlBody: string | null; textBody: string }>`select html_body, text_body from platform_email`.execute(platform.database.db);
    const carrying = rows.filter((row) => row.textBody.includes(payload));
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.every((row) => row.htmlBody?.includes('&lt;img src=x onerror=alert(&#39;xss-email&#39;)&gt;'))).toBe(true);
    const raw = rows.flatMap((row) => [...sent.values()].filter((sentPayload) => sentPayload.startsWith('<') && row.htmlBody?.includes(sentPayload)));
    expect(raw).toEqual([]);
  });
});
