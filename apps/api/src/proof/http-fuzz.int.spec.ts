// HTTP-level fuzzing over a real socket: malformed tRPC requests and batches,
// huge and deeply nested JSON, wrong content types, broken multipart uploads,
// odd paths and headers, then random requests from fast-check. Never a 500,
// never a stack trace, never a raw message key, never a polluted prototype.
// FUZZ_RUNS raises the random requests.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '@ancrage/registry';
import { createTestPlatform, MEUSE, seedTwoTenants, TEST_PASSWORD, type TestPlatform } from '@ancrage/registry/testing';
import { buildServer } from '../server';
import { signIn } from './http-client';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_123);
const procedurePaths = Object.keys(appRouter._def.procedures);

let platform: TestPlatform;
let app: FastifyInstance;
let origin: string;
let cookie: string;

interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  app = await buildServer({ services: platform.services, log: pino({ level: 'silent' }), trustProxy: false });
  cookie = (await signIn(app, MEUSE.slug, 'admin@meuse.test', TEST_PASSWORD)).cookie!;
  await app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

const RAW_KEY = /^[a-z][\w-]*:[\w.-]+$/i;

/** The messages of tRPC error answers (one per call of a batch). */
function trpcMessages(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as unknown;
    return [parsed]
      .flat()
      .map((answer) => (answer as { error?: { json?: { message?: unknown } } }).error?.json?.message)
      .filter((message): message is string => typeof message === 'string');
  } catch {
    return [];
  }
}

/** Sends a request and returns what is wrong with the answer (a 5xx, a stack trace, a raw message key), if anything. */
async function problemWith(request: HttpRequest): Promise<string | undefined> {
  const withBody = request.method !== 'GET' && request.method !== 'HEAD';
  const body = withBody && request.payload !== undefined ? (typeof request.payload === 'string' ? request.payload : new Uint8Array(request.payload)) : undefined;
  const response = await fetch(`${origin}${request.url}`, { method: request.method, headers: request.headers, body });
  const answer = await response.text();
  if (response.status >= 500) return `${response.status} ${answer.slice(0, 200)}`;
  if (/\bat .+\.(ts|js):\d+/.test(answer) || answer.includes('"stack"')) return `stack trace in ${answer.slice(0, 200)}`;
  const untranslated = trpcMessages(answer).find((message) => RAW_KEY.test(message));
  if (untranslated) return `untranslated message ${untranslated}`;
  return undefined;
}

const json = (payload: string | Buffer, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', 'x-ancrage-csrf': '1', 'x-tenant': MEUSE.slug, cookie, ...headers },
  payload,
});

const deep = (depth: number) => `{"json":${'['.repeat(depth)}${']'.repeat(depth)}}`;

// Built when called: the session cookie exists only once the server has started.
const MALFORMED: [string, () => HttpRequest][] = [
  ['not JSON', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('not json') })],
  ['empty body', () => ({ method: 'POST', url: '/trpc/territory.createPerimeter', ...json('') })],
  ['truncated JSON', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('{"json": {"email": "a@b.fr", "pass') })],
  ['invalid UTF-8', () => ({ method: 'POST', url: '/trpc/auth.login', ...json(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])) })],
  ['3 MB JSON', () => ({ method: 'POST', url: '/trpc/territory.createPerimeter', ...json(JSON.stringify({ json: { name: 'x'.repeat(3 * 1024 * 1024) } })) })],
  ['JSON nested 100 000 deep', () => ({ method: 'POST', url: '/trpc/territory.createPerimeter', ...json(deep(100_000)) })],
  ['JSON nested 5 000 deep', () => ({ method: 'POST', url: '/trpc/territory.createPerimeter', ...json(deep(5_000)) })],
  ['array instead of envelope', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('[1,2,3]') })],
  ['superjson meta pointing at __proto__', () => ({ method: 'POST', url: '/trpc/territory.createPerimeter', ...json('{"json":{"name":"x"},"meta":{"values":{"__proto__.polluted":["undefined"],"constructor.prototype.polluted":["Date"]}}}') })],
  ['superjson referential equalities on __proto__', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["__proto__"]}}}') })],
  ['superjson unknown type', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('{"json":{"email":"x"},"meta":{"values":{"email":["custom","Nope"]}}}') })],
  ['batch with a broken item', () => ({ method: 'POST', url: '/trpc/auth.logout,territory.createPerimeter?batch=1', ...json('{"0":{"json":null},"1":5}') })],
  ['batch body as an array', () => ({ method: 'POST', url: '/trpc/auth.logout,auth.logout?batch=1', ...json('[{"json":null}]') })],
  ['batch of 300 procedures', () => ({ method: 'GET', url: `/trpc/${Array(300).fill('territory.summary').join(',')}?batch=1&input={}`, headers: { 'x-tenant': MEUSE.slug } })],
  ['batch naming unknown procedures', () => ({ method: 'GET', url: '/trpc/nope,__proto__,constructor?batch=1&input={}', headers: { 'x-tenant': MEUSE.slug } })],
  ['GET with broken percent-encoding', () => ({ method: 'GET', url: '/trpc/territory.communes?input=%E0%A4%A', headers: { 'x-tenant': MEUSE.slug } })],
  ['GET with non-JSON input', () => ({ method: 'GET', url: '/trpc/territory.communes?input={json:', headers: { 'x-tenant': MEUSE.slug } })],
  ['GET of a mutation', () => ({ method: 'GET', url: '/trpc/auth.login?input=%7B%7D', headers: { 'x-tenant': MEUSE.slug } })],
  ['POST of a query', () => ({ method: 'POST', url: '/trpc/territory.summary', ...json('{}') })],
  ['prototype keys as procedure path', () => ({ method: 'GET', url: '/trpc/__proto__.constructor', headers: { 'x-tenant': MEUSE.slug } })],
  ['path traversal', () => ({ method: 'GET', url: '/trpc/../../../../etc/passwd' })],
  ['form-encoded body', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('email=a%40b.fr&password=x', { 'content-type': 'application/x-www-form-urlencoded' }) })],
  ['text/plain body', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('{"json":{"email":"a@b.fr","password":"x"}}', { 'content-type': 'text/plain' }) })],
  ['multipart to tRPC', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n', { 'content-type': 'multipart/form-data; boundary=x' }) })],
  ['unknown content type', () => ({ method: 'POST', url: '/trpc/auth.login', ...json('\u0000\u0001', { 'content-type': 'application/x-unknown' }) })],
  ['upload without boundary', () => ({ method: 'POST', url: '/api/files', ...json('abc', { 'content-type': 'multipart/form-data' }) })],
  ['truncated upload', () => ({ method: 'POST', url: '/api/files', ...json('--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nabc', { 'content-type': 'multipart/form-data; boundary=x' }) })],
  ['upload with a field and two files', () => ({ method: 'POST', url: '/api/files', ...json(`--x\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n${['a', 'b'].map((n) => `--x\r\nContent-Disposition: form-data; name="file"; filename="${n}.txt"\r\nContent-Type: text/plain\r\n\r\n${n}\r\n`).join('')}--x--\r\n`, { 'content-type': 'multipart/form-data; boundary=x' }) })],
  ['upload named with NUL and RTL', () => ({ method: 'POST', url: '/api/files', ...json('--x\r\nContent-Disposition: form-data; name="file"; filename="a\u0000\u202Etxt.exe"\r\nContent-Type: text/plain\r\n\r\nabc\r\n--x--\r\n', { 'content-type': 'multipart/form-data; boundary=x' }) })],
  ['upload to the import route, not multipart', () => ({ method: 'POST', url: '/api/files/imports', ...json('{}') })],
  ['file id not a uuid', () => ({ method: 'GET', url: '/api/files/%00%2e%2e%2fetc', headers: { cookie, 'x-tenant': MEUSE.slug } })],
  ['calendar of an odd tenant', () => ({ method: 'GET', url: '/api/t/%F0%9F%92%A9%00/events/calendar.ics' })],
  ['10 KB tenant header', () => ({ method: 'GET', url: '/trpc/platform.tenant.current', headers: { 'x-tenant': 'm'.repeat(10_000) } })],
  ['garbage session cookie', () => ({ method: 'GET', url: '/trpc/auth.me', headers: { 'x-tenant': MEUSE.slug, cookie: `ancrage_session=${'é'.repeat(5000)}; ancrage_locale=../../etc` } })],
  ['garbage Accept-Language', () => ({ method: 'GET', url: '/trpc/platform.tenant.current', headers: { 'x-tenant': MEUSE.slug, 'accept-language': ';q=NaN,,,*;q=-1,' + 'x'.repeat(5000) } })],
];

describe('malformed HTTP requests', () => {
  it.each(MALFORMED)('answers %s without a server error', async (_name, request) => {
    expect(await problemWith(request())).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('random HTTP requests', () => {
  const contentTypes = fc.constantFrom('application/json', 'application/json; charset=latin1', 'text/plain', 'application/octet-stream', 'multipart/form-data; boundary=z', '', 'application/json, text/html');
  const body = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify({ json: value })),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  );
  const path = fc.oneof(
    fc.constantFrom(...procedurePaths),
    fc.array(fc.constantFrom(...procedurePaths), { minLength: 2, maxLength: 4 }).map((paths) => `${paths.join(',')}?batch=1`),
    fc.string({ maxLength: 30 }).map(encodeURIComponent),
  );

  it('never answers with a server error, whatever the method, path, content type and body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), path, contentTypes, body, fc.boolean(), async (method, target, contentType, payload, signedIn) => {
        const headers: Record<string, string> = { 'x-tenant': MEUSE.slug, 'x-ancrage-csrf': '1', ...(contentType ? { 'content-type': contentType } : {}), ...(signedIn ? { cookie } : {}) };
        const url = method === 'GET' ? `/trpc/${target}${target.includes('?') ? '&' : '?'}input=${encodeURIComponent(String(payload))}` : `/trpc/${target}`;
        const request: HttpRequest = { method, url, headers, payload };
        expect(await problemWith(request), `${method} ${url}`).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);
});
