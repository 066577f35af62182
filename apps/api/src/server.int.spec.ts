import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '@ancrage/registry/testing';
import { buildServer } from './server';

let platform: TestPlatform;
let app: FastifyInstance;
let webDist: string;

const json = { 'content-type': 'application/json', 'x-ancrage-csrf': '1' };
const trpcGet = (path: string, headers: Record<string, string> = {}, input?: unknown) =>
  app.inject({ method: 'GET', url: `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`, headers });

beforeAll(async () => {
  platform = await createTestPlatform();
  await platform.createTenant({ slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', modules: { territory: { enabled: true, settings: {} }, events: { enabled: true, settings: {} } } });
  await platform.createUser({ email: 'officer@meuse.test', tenant: 'meuse', role: 'officer' });
  await platform.createUser({ email: 'viewer@meuse.test', tenant: 'meuse', role: 'viewer' });
  webDist = await mkdtemp(join(tmpdir(), 'ancrage-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Ancrage</title>');
  app = await buildServer({ services: platform.services, log: pino({ level: 'silent' }), trustProxy: false, webDist });
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

describe('health', () => {
  it('is alive and ready once migrations are applied', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ ready: true, database: 'up', migrations: 'current' });
  });
});

describe('HTTP security', () => {
  it('sends security headers and a request id', async () => {
    const response = await app.inject('/healthz');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } })).headers['x-request-id']).toBe('abc-123');
  });

  it('refuses a mutation without the anti-CSRF header, in the user language', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json', 'x-tenant': 'meuse', 'accept-language': 'en' },
      payload: { json: { email: 'officer@meuse.test', password: TEST_PASSWORD } },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.json.message).toBe('Request refused: missing security header.');
    const batch = await app.inject({
      method: 'POST',
      url: '/trpc/auth.logout,auth.login?batch=1',
      headers: { 'content-type': 'application/json', 'x-tenant': 'meuse' },
      payload: {},
    });
    expect(batch.json()).toHaveLength(2);
    expect(batch.json()[1].error.json.message).toBe('Requête refusée : en-tête de sécurité manquant.');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('sets an httpOnly, SameSite session cookie at login', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, 'x-tenant': 'meuse' },
      payload: { json: { email: 'officer@meuse.test', password: TEST_PASSWORD } },
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^ancrage_session=[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const me = await trpcGet('auth.me', { 'x-tenant': 'meuse', cookie: cookie.split(';')[0]! });
    expect(me.json().result.data.json).toMatchObject({ email: 'officer@meuse.test', role: 'officer' });
  });
});

describe('errors', () => {
  it('answers malformed input with BAD_REQUEST and field messages in French by default', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, 'x-tenant': 'meuse' },
      payload: { json: { email: 'pas-une-adresse', password: '' } },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error.json;
    expect(error.message).toBe('Certaines informations sont invalides.');
    expect(error.data.fieldErrors).toEqual({ email: ['Adresse e-mail invalide.'], password: ['Au moins 1 caractères.'] });
  });

  it('speaks English when the user chose it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, 'x-tenant': 'meuse', cookie: 'ancrage_locale=en' },
      payload: { json: { email: 'officer@meuse.test', password: 'wrong password' } },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.json.message).toBe('Incorrect email address or password.');
  });

  it('answers NOT_FOUND for an unknown tenant, and never leaks internals', async () => {
    const response = await trpcGet('platform.tenant.current', { 'x-tenant': 'atlantide' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.json.message).toBe("Ce département n'existe pas sur Ancrage.");
    expect(JSON.stringify(response.json())).not.toContain('stack');
  });
});

describe('web app', () => {
  it('serves the single-page app for client routes, and 404 JSON for unknown API paths', async () => {
    const page = await app.inject({ url: '/t/meuse/admin/users', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Ancrage</title>');
    expect((await app.inject({ url: '/nothing-here.json', headers: { accept: 'application/json' } })).statusCode).toBe(404);
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight requests when closing', async () => {
    const server = await buildServer({ services: platform.services, log: pino({ level: 'silent' }), trustProxy: false });
    server.get('/slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { done: true };
    });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${address.port}/slow`).then((r) => r.json());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    expect(await inFlight).toEqual({ done: true });
  });
});

describe('file uploads', () => {
  const boundary = '----ancrage';
  const multipart = (name: string, type: string, content: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n${content}\r\n--${boundary}--\r\n`;

  async function sessionCookie(email = 'officer@meuse.test') {
    const login = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, 'x-tenant': 'meuse' },
      payload: { json: { email, password: TEST_PASSWORD } },
    });
    return String(login.headers['set-cookie']).split(';')[0]!;
  }

  it('stores a file for staff and gives it back in the same tenant only', async () => {
    const cookie = await sessionCookie();
    const headers = { cookie, 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` };
    const upload = await app.inject({ method: 'POST', url: '/api/files', headers, payload: multipart('projet-de-sante.txt', 'text/plain', 'Projet de santé') });
    expect(upload.statusCode).toBe(201);
    const { id } = upload.json();
    const download = await app.inject({ url: `/api/files/${id}`, headers: { cookie, 'x-tenant': 'meuse' } });
    expect(download.body).toBe('Projet de santé');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect((await app.inject({ url: `/api/files/${id}`, headers: { 'x-tenant': 'meuse' } })).statusCode).toBe(401);
  });

  it('refuses anonymous uploads and unexpected file types, in French', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart('a.txt', 'text/plain', 'x'),
    });
    expect(anonymous.statusCode).toBe(401);
    const cookie = await sessionCookie();
    const script = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie, 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart('evil.html', 'text/html', '<script>alert(1)</script>'),
    });
    expect(script.statusCode).toBe(415);
    expect(script.json().error.message).toContain("Ce type de fichier n'est pas accepté");
  });

  it('keeps viewers read-only: they may not upload', async () => {
    const cookie = await sessionCookie('viewer@meuse.test');
    const upload = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie, 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart('note.txt', 'text/plain', 'x'),
    });
    expect(upload.statusCode).toBe(403);
  });

  it('answers a storage failure with a translated message, never the file path', async () => {
    const cookie = await sessionCookie();
    const headers = { cookie, 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` };
    const { id } = (await app.inject({ method: 'POST', url: '/api/files', headers, payload: multipart('perdu.txt', 'text/plain', 'x') })).json();
    const tenantId = await platform.tenantId('meuse');
    await platform.services.files.delete(`${tenantId}/${id}`);
    const download = await app.inject({ url: `/api/files/${id}`, headers: { cookie, 'x-tenant': 'meuse' } });
    expect(download.statusCode).toBe(500);
    expect(download.json().error.message).toBe('Une erreur inattendue est survenue. Réessayez dans un instant.');
    expect(download.body).not.toContain(tenantId);
  });

  it('streams data files for imports to storage with their hash, within the import limit only', async () => {
    const cookie = await sessionCookie();
    const headers = { cookie, 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` };
    const extract = 'Identifiant PP|Code profession|\n10000000001|10|\n'.repeat(2000);
    const upload = await app.inject({ method: 'POST', url: '/api/files/imports', headers, payload: multipart('PS_LibreAcces.txt', 'text/plain', extract) });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ name: 'PS_LibreAcces.txt', sizeBytes: Buffer.byteLength(extract), sha256: createHash('sha256').update(extract).digest('hex') });
    const html = await app.inject({ method: 'POST', url: '/api/files/imports', headers, payload: multipart('page.html', 'text/html', '<p>x</p>') });
    expect(html.statusCode).toBe(415);

    const small = await buildServer({ services: platform.services, log: pino({ level: 'silent' }), trustProxy: false, maxImportBytes: 1024 });
    const tooLarge = await small.inject({ method: 'POST', url: '/api/files/imports', headers, payload: multipart('big.txt', 'text/plain', 'x'.repeat(4096)) });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toContain('Mo');
    await small.close();

    const viewer = await sessionCookie('viewer@meuse.test');
    const refused = await app.inject({ method: 'POST', url: '/api/files/imports', headers: { ...headers, cookie: viewer }, payload: multipart('a.txt', 'text/plain', 'x') });
    expect(refused.statusCode).toBe(403);
  });
});

describe('events calendar feed', () => {
  it('serves the tenant events as a plain iCalendar address, and 404 for an unknown département', async () => {
    const feed = await app.inject({ url: '/api/t/meuse/events/calendar.ics' });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR/);
    const unknown = await app.inject({ url: '/api/t/nulle-part/events/calendar.ics' });
    expect(unknown.statusCode).toBe(404);
  });
});
