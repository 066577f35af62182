import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import { seedTwoTenants } from './fixtures.int-helpers';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  await platform.createUser({ email: 'root@platform.test', platformAdmin: true });
});
afterAll(() => platform.close());

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof TRPCError ? error.code : 'THROWN'),
  );

describe('account links stay the recipient’s secret', () => {
  it('never shows a reset link to staff reading the outbox', async () => {
    const visitor = await platform.caller({ tenant: 'meuse' });
    await visitor.auth.requestPasswordReset({ email: 'admin@landes.test' });
    await visitor.auth.requestPasswordReset({ email: 'root@platform.test' });
    const officer = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    const emails = await officer.admin.emails.list({});
    expect(emails.length).toBeGreaterThanOrEqual(2);
    for (const { id } of emails) {
      const email = await officer.admin.emails.get({ id });
      expect(email.textBody).not.toMatch(/token=[\w-]{10,}/);
      expect(email.textBody).toContain('reset-password?token=…');
    }
  });
});

describe('personal data stays within the tenant', () => {
  it('neither exports nor erases accounts the tenant does not know', async () => {
    const admin = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' });
    expect((await admin.admin.personalData.export({ email: 'root@platform.test' })).platform.account).toEqual([]);
    expect((await admin.admin.personalData.export({ email: 'officer@landes.test' })).platform.account).toEqual([]);
    await admin.admin.personalData.erase({ email: 'root@platform.test' });
    await admin.admin.personalData.erase({ email: 'officer@landes.test' });
    const accounts = await platform.database.db.selectFrom('platformUser').select('email').where('email', 'in', ['root@platform.test', 'officer@landes.test']).execute();
    expect(accounts).toHaveLength(2);
    expect(await outcome((await platform.caller({ tenant: 'landes', user: 'officer@landes.test' })).territory.perimeters())).toBe('OK');
  });

  it('refuses to erase the last admin', async () => {
    const admin = await platform.caller({ tenant: 'landes', user: 'admin@landes.test' });
    expect(await outcome(admin.admin.personalData.erase({ email: 'admin@landes.test' }))).toBe('CONFLICT');
    expect((await admin.auth.me())?.role).toBe('admin');
  });
});

describe('roles', () => {
  it('changes a member’s role only through setRole, which keeps an admin', async () => {
    const admin = await platform.caller({ tenant: 'landes', user: 'admin@landes.test' });
    expect(await outcome(admin.admin.users.invite({ email: 'admin@landes.test', displayName: 'Moi', role: 'viewer' }))).toBe('CONFLICT');
    expect((await admin.auth.me())?.role).toBe('admin');
  });
});

describe('sign-in throttling under concurrency', () => {
  it('lets at most five wrong passwords through, however many arrive at once', async () => {
    const visitor = await platform.caller({ tenant: 'meuse', ip: '10.9.9.9' });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => outcome(visitor.auth.login({ email: 'partner@landes.test', password: 'wrong password' }))),
    );
    expect(results.filter((r) => r === 'UNAUTHORIZED')).toHaveLength(5);
    expect(results.filter((r) => r === 'TOO_MANY_REQUESTS')).toHaveLength(7);
    expect(await outcome(visitor.auth.login({ email: 'partner@landes.test', password: TEST_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
  });

  it('audits a sign-in only in a tenant where the user holds a role', async () => {
    const visitor = await platform.caller({ tenant: 'landes', ip: '10.9.9.10' });
    await visitor.auth.login({ email: 'viewer@meuse.test', password: TEST_PASSWORD });
    const landesId = await platform.tenantId('landes');
    const audit = await withTenant(platform.database.db, landesId, (db) => db.selectFrom('platformAudit').select('action').where('action', '=', 'auth.login').execute());
    expect(audit).toEqual([]);
  });
});
