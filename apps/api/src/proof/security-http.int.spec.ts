// HTTP security of the API as a browser meets it: headers, cookie flags, CSRF
// on every mutation of the router, session fixation and rotation, sign-in
// throttling (spoofed forwarding headers included; last, as it blocks the
// test address), upload limits and types.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '@ancrage/registry';
import { createTestPlatform, MEUSE, seedTwoTenants, TEST_PASSWORD, type TestPlatform } from '@ancrage/registry/testing';
import { MAX_UPLOAD_BYTES } from '../files.routes';
import { buildServer } from '../server';
import { multipartFile, setCookie, signIn, trpcMutation, trpcQuery, whoAmI } from './http-client';

let platform: TestPlatform;
let app: FastifyInstance;
const tenant = { 'x-tenant': MEUSE.slug };
const silent = pino({ level: 'silent' });

const mutations = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type === 'mutation')
  .map(([path]) => path);

async function auditRows() {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from platform_audit`.execute(platform.database.db);
  return rows[0]?.n;
}

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  const webDist = await mkdtemp(join(tmpdir(), 'ancrage-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Ancrage</title><div id="root"></div>');
  app = await buildServer({ services: platform.services, log: silent, trustProxy: false, webDist });
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

describe('security headers', () => {
  it('forbid inline scripts, framing and sniffing, and keep referrers to the origin, on API answers and pages alike', async () => {
    for (const request of [{ url: '/healthz' }, { url: '/trpc/territory.summary', headers: tenant }, { url: '/t/meuse/admin', headers: { accept: 'text/html' } }]) {
      const { headers } = await app.inject(request);
      const csp = String(headers['content-security-policy']);
      expect(csp, request.url).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/base-uri 'self'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['x-powered-by']).toBeUndefined();
      // Plain HTTP (development): no HSTS.
      expect(headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS and secure cookies behind TLS: https public address, x-forwarded-proto from a trusted proxy', async () => {
    const services = { ...platform.services, config: { publicUrl: 'https://ancrage.example.fr', secureCookies: true } };
    const behindProxy = await buildServer({ services, log: silent, trustProxy: true });
    try {
      const https = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
      const health = await behindProxy.inject({ url: '/healthz', headers: https });
      const hsts = String(health.headers['strict-transport-security']);
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(180 * 86_400);
      expect(hsts).toContain('includeSubDomains');
      const login = await trpcMutation(behindProxy, 'auth.login', { email: 'officer@meuse.test', password: TEST_PASSWORD }, { ...tenant, ...https });
      expect(setCookie(login, 'ancrage_session')?.attributes).toMatch(/;\s*Secure/i);
    } finally {
      await behindProxy.close();
    }
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, with a lifetime, not Secure on plain HTTP; sign-out clears it', async () => {
    const { response, cookie } = await signIn(app, MEUSE.slug, 'officer@meuse.test', TEST_PASSWORD);
    const session = setCookie(response, 'ancrage_session');
    expect(session?.value).toMatch(/^[\w-]{32,}$/);
    expect(session?.attributes).toMatch(/HttpOnly/);
    expect(session?.attributes).toMatch(/SameSite=Lax/);
    expect(session?.attributes).toMatch(/Path=\//);
    expect(session?.attributes).toMatch(/Max-Age=\d+/);
    expect(session?.attributes).not.toMatch(/Secure/);
    const logout = await trpcMutation(app, 'auth.logout', undefined, { ...tenant, cookie: cookie! });
    expect(setCookie(logout, 'ancrage_session')?.attributes).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
  });
});

describe('CSRF', () => {
  it('refuses every mutation of the router without the anti-CSRF header, and writes nothing', async () => {
    expect(mutations.length).toBeGreaterThan(20);
    const { cookie } = await signIn(app, MEUSE.slug, 'admin@meuse.test', TEST_PASSWORD);
    const before = await auditRows();
    for (const path of mutations) {
      for (const csrf of [{}, { 'x-ancrage-csrf': '0' }]) {
        const response = await app.inject({
          method: 'POST',
          url: `/trpc/${path}`,
          headers: { 'content-type': 'application/json', cookie: cookie!, ...tenant, ...csrf },
          payload: JSON.stringify({ json: {} }),
        });
        expect(response.statusCode, path).toBe(403);
        expect(response.json().error.json.data.i18nKey).toBe('errors:csrf');
      }
    }
    expect(await auditRows()).toBe(before);
    expect(await whoAmI(app, MEUSE.slug, cookie!)).toMatchObject({ email: 'admin@meuse.test' });
  });

  it('refuses uploads without it, and never runs a mutation sent as GET', async () => {
    const { cookie } = await signIn(app, MEUSE.slug, 'officer@meuse.test', TEST_PASSWORD);
    const file = multipartFile('note.txt', 'text/plain', 'x');
    for (const url of ['/api/files', '/api/files/imports']) {
      const response = await app.inject({ method: 'POST', url, headers: { cookie: cookie!, ...tenant, 'content-type': file.contentType }, payload: file.payload });
      expect(response.statusCode, url).toBe(403);
    }
    const before = await auditRows();
    const asGet = await trpcQuery(app, 'territory.createPerimeter', { name: 'Par GET', kind: 'zip', communeCodes: ['55029'] }, { cookie: cookie!, ...tenant });
    expect(asGet.statusCode).toBeGreaterThanOrEqual(400);
    expect(asGet.statusCode).toBeLessThan(500);
    expect(await auditRows()).toBe(before);
  });
});

describe('sessions', () => {
  it('rotates the session at sign-in: a token planted before (fixation) is not the one after, and stops working', async () => {
    const planted = await signIn(app, MEUSE.slug, 'viewer@meuse.test', TEST_PASSWORD);
    const victim = await signIn(app, MEUSE.slug, 'officer@meuse.test', TEST_PASSWORD, { cookie: planted.cookie! });
    expect(victim.token).toBeDefined();
    expect(victim.token).not.toBe(planted.token);
    expect(await whoAmI(app, MEUSE.slug, planted.cookie!)).toBeNull();
    expect(await whoAmI(app, MEUSE.slug, victim.cookie!)).toMatchObject({ email: 'officer@meuse.test' });
    const invented = await signIn(app, MEUSE.slug, 'officer@meuse.test', TEST_PASSWORD, { cookie: 'ancrage_session=chosen-by-an-attacker-0123456789abcdef' });
    expect(invented.token).not.toBe('chosen-by-an-attacker-0123456789abcdef');
  });

  it('ends the session on the server at sign-out, not only in the browser', async () => {
    const { cookie } = await signIn(app, MEUSE.slug, 'partner@meuse.test', TEST_PASSWORD);
    await trpcMutation(app, 'auth.logout', undefined, { ...tenant, cookie: cookie! });
    expect(await whoAmI(app, MEUSE.slug, cookie!)).toBeNull();
  });

  it('ends every session of the account when its password is reset', async () => {
    const email = 'viewer@landes.test';
    const { cookie } = await signIn(app, 'landes', email, TEST_PASSWORD);
    await trpcMutation(app, 'auth.requestPasswordReset', { email }, { 'x-tenant': 'landes' });
    const { rows } = await sql<{ textBody: string }>`select text_body from platform_email where to_address = ${email} order by created_at desc limit 1`.execute(platform.database.db);
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(rows[0]?.textBody ?? '')?.[1] ?? '');
    const reset = await trpcMutation(app, 'auth.resetPassword', { token, password: 'un nouveau mot de passe solide' }, { 'x-tenant': 'landes' });
    expect(reset.statusCode).toBe(200);
    expect(await whoAmI(app, 'landes', cookie!)).toBeNull();
    expect((await trpcMutation(app, 'auth.resetPassword', { token, password: 'encore un autre mot de passe' }, { 'x-tenant': 'landes' })).statusCode).toBe(400);
  });
});

describe('uploads', () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = (await signIn(app, MEUSE.slug, 'officer@meuse.test', TEST_PASSWORD)).cookie!;
  });
  const upload = (url: string, file: ReturnType<typeof multipartFile>) =>
    app.inject({ method: 'POST', url, headers: { cookie, ...tenant, 'x-ancrage-csrf': '1', 'content-type': file.contentType }, payload: file.payload });

  it('refuses a file over the limit with a translated message, and stores nothing', async () => {
    const before = await platform.database.db.selectFrom('platformFile').select('id').execute();
    const tooLarge = await upload('/api/files', multipartFile('gros.pdf', 'application/pdf', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 1)));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toBe('Le fichier dépasse 10 Mo.');
    expect(await platform.database.db.selectFrom('platformFile').select('id').execute()).toEqual(before);
  });

  it('refuses types a browser would run (HTML, SVG, XHTML, scripts), on both upload routes', async () => {
    for (const type of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/javascript', 'application/x-msdownload']) {
      for (const url of ['/api/files', '/api/files/imports']) {
        expect((await upload(url, multipartFile('piege', type, '<svg onload=alert(1)>'))).statusCode, `${url} ${type}`).toBe(415);
      }
    }
  });

  it('serves a stored file as a download the browser will not sniff, whatever it holds or is named', async () => {
    const stored = await upload('/api/files', multipartFile('photo".png\r\nX-Injected: 1', 'image/png', '<html><script>alert(1)</script></html>'));
    expect(stored.statusCode).toBe(201);
    const download = await app.inject({ url: `/api/files/${stored.json().id}`, headers: { cookie, ...tenant } });
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(download.headers['x-injected']).toBeUndefined();
  });
});

describe('sign-in throttling', () => {
  it('refuses an account after five wrong passwords, even the right one, with a translated message', async () => {
    const headers = { ...tenant, 'accept-language': 'fr' };
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await trpcMutation(app, 'auth.login', { email: 'partner@landes.test', password: `faux ${attempt}` }, headers)).statusCode).toBe(401);
    }
    const blocked = await trpcMutation(app, 'auth.login', { email: 'partner@landes.test', password: TEST_PASSWORD }, headers);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.json.message).toBe('Trop de tentatives de connexion. Réessayez dans 15 minutes.');
    expect(setCookie(blocked, 'ancrage_session')).toBeUndefined();
  });

  it('refuses an address after fifty failures, whatever X-Forwarded-For claims when no proxy is trusted', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from platform_login_attempt where key = 'ip:127.0.0.1'`.execute(platform.database.db);
    for (let attempt = rows[0]?.n ?? 0; attempt < 50; attempt++) {
      const spoofed = { ...tenant, 'x-forwarded-for': `198.51.100.${attempt}` };
      expect((await trpcMutation(app, 'auth.login', { email: `inconnu${attempt}@exemple.fr`, password: 'x' }, spoofed)).statusCode).toBe(401);
    }
    const next = await trpcMutation(app, 'auth.login', { email: 'admin@landes.test', password: TEST_PASSWORD }, { ...tenant, 'x-forwarded-for': '192.0.2.1' });
    expect(next.statusCode).toBe(429);
  }, 120_000);
});
