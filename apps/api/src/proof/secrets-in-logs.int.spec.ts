// No secrets in logs: everything the API logs (at the most verbose level)
// while people sign in, fail to, reset a password through the emailed link
// and open a personal registration link holds no password, no token and no
// cookie value.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, MEUSE, seedTwoTenants, TEST_PASSWORD, type TestPlatform } from '@ancrage/registry/testing';
import { buildServer } from '../server';
import { signIn, trpcMutation, trpcQuery } from './http-client';

let platform: TestPlatform;
let app: FastifyInstance;
const lines: string[] = [];
const tenant = { 'x-tenant': MEUSE.slug };

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  const webDist = await mkdtemp(join(tmpdir(), 'ancrage-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Ancrage</title>');
  const log = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
  app = await buildServer({ services: platform.services, log, trustProxy: false, webDist });
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

describe('logs', () => {
  it('hold no password, token or cookie value through sign-in, a password reset and a personal link', async () => {
    const secrets: string[] = [TEST_PASSWORD];
    const email = 'officer@meuse.test';

    const { cookie, token } = await signIn(app, MEUSE.slug, email, TEST_PASSWORD);
    secrets.push(token!);
    await trpcQuery(app, 'auth.me', undefined, { ...tenant, cookie: cookie! });
    const wrong = 'mauvais-mot-de-passe-tres-secret';
    secrets.push(wrong);
    await trpcMutation(app, 'auth.login', { email, password: wrong }, tenant);

    await trpcMutation(app, 'auth.requestPasswordReset', { email }, tenant);
    const { rows } = await sql<{ textBody: string }>`select text_body from platform_email where to_address = ${email} order by created_at desc limit 1`.execute(platform.database.db);
    const resetToken = decodeURIComponent(/token=([^\s&]+)/.exec(rows[0]?.textBody ?? '')?.[1] ?? '');
    expect(resetToken.length).toBeGreaterThan(20);
    secrets.push(resetToken);
    // The emailed link opens the web app's page, served by the API.
    const page = await app.inject({ url: `/t/meuse/reset-password?token=${encodeURIComponent(resetToken)}`, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    const newPassword = 'un nouveau mot de passe tres secret';
    secrets.push(newPassword);
    expect((await trpcMutation(app, 'auth.resetPassword', { token: resetToken, password: newPassword }, tenant)).statusCode).toBe(200);

    // A registrant's personal link carries its secret in a query input.
    const registrationToken = 'jeton-personnel-d-inscription-0123456789';
    secrets.push(registrationToken);
    await trpcQuery(app, 'events.myRegistration', { token: registrationToken }, tenant);
    await app.inject({ url: `/t/meuse/events/registration?token=${registrationToken}`, headers: { accept: 'text/html' } });

    const logged = lines.join('\n');
    expect(logged).toContain('incoming request');
    expect(logged).toContain('/t/meuse/reset-password');
    expect(secrets.filter((secret) => logged.includes(secret) || logged.includes(encodeURIComponent(secret)))).toEqual([]);
  });
});
