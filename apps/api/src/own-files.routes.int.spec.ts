import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from '@ancrage/registry/testing';
import { buildServer } from './server';

let platform: TestPlatform;
let app: FastifyInstance;

const boundary = '----ancrage';
const multipart = (name: string, type: string, content: Buffer | string) =>
  Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
const PDF = '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF';

async function sessionCookie(email: string) {
  const login = await app.inject({
    method: 'POST',
    url: '/trpc/auth.login',
    headers: { 'content-type': 'application/json', 'x-ancrage-csrf': '1', 'x-tenant': 'meuse' },
    payload: { json: { email, password: TEST_PASSWORD } },
  });
  return String(login.headers['set-cookie']).split(';')[0]!;
}
const upload = (cookie: string | undefined, name: string, type: string, content: Buffer | string) =>
  app.inject({
    method: 'POST',
    url: '/api/files/mine',
    headers: { ...(cookie ? { cookie } : {}), 'x-tenant': 'meuse', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: multipart(name, type, content),
  });

beforeAll(async () => {
  platform = await createTestPlatform();
  await platform.createTenant({ slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', modules: { territory: { enabled: true, settings: {} } } });
  await platform.createUser({ email: 'candidate@portal.test' });
  await platform.createUser({ email: 'other@portal.test' });
  app = await buildServer({ services: platform.services, log: pino({ level: 'silent' }), trustProxy: false });
});
afterAll(async () => {
  await app.close();
  await platform.close();
});

describe("a portal account's own documents", () => {
  it('stores a PDF for any signed-in account and gives it back to that account only', async () => {
    const candidate = await sessionCookie('candidate@portal.test');
    const stored = await upload(candidate, 'attestation.pdf', 'application/pdf', PDF);
    expect(stored.statusCode).toBe(201);
    const { id, contentType } = stored.json();
    expect(contentType).toBe('application/pdf');

    const mine = await app.inject({ url: `/api/files/mine/${id}`, headers: { cookie: candidate, 'x-tenant': 'meuse' } });
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toBe(PDF);

    const other = await sessionCookie('other@portal.test');
    expect((await app.inject({ url: `/api/files/mine/${id}`, headers: { cookie: other, 'x-tenant': 'meuse' } })).statusCode).toBe(404);
    // Staff downloads stay behind their permission: a candidate is not staff.
    expect((await app.inject({ url: `/api/files/${id}`, headers: { cookie: candidate, 'x-tenant': 'meuse' } })).statusCode).toBe(403);
  });

  it('judges a file by its content: HTML named .pdf is refused, a PNG declared as text is kept as a PNG', async () => {
    const candidate = await sessionCookie('candidate@portal.test');
    const disguised = await upload(candidate, 'diplome.pdf', 'application/pdf', '<html><script>alert(1)</script></html>');
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toContain("Ce type de fichier n'est pas accepté");

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const kept = await upload(candidate, 'photo.txt', 'text/plain', png);
    expect(kept.statusCode).toBe(201);
    expect(kept.json().contentType).toBe('image/png');
  });

  it('refuses anonymous visitors and an unknown département', async () => {
    expect((await upload(undefined, 'a.pdf', 'application/pdf', PDF)).statusCode).toBe(401);
    const candidate = await sessionCookie('candidate@portal.test');
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/files/mine',
      headers: { cookie: candidate, 'x-tenant': 'nulle-part', 'x-ancrage-csrf': '1', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart('a.pdf', 'application/pdf', PDF),
    });
    expect(unknown.statusCode).toBe(404);
  });
});
