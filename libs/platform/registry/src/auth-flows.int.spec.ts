import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, SESSION_COOKIE, findSession } from '@ancrage/auth';
import { withTenant } from '@ancrage/db';
import { seedTwoTenants } from './fixtures.int-helpers';
import { createTestPlatform, TEST_PASSWORD, type TestPlatform } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
});
afterAll(() => platform.close());

async function outbox(tenant: string, to: string) {
  const tenantId = await platform.tenantId(tenant);
  return withTenant(platform.database.db, tenantId, (db) =>
    db.selectFrom('platformEmail').selectAll().where('toAddress', '=', to).orderBy('createdAt', 'desc').execute(),
  );
}

const linkToken = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

describe('sign in', () => {
  it('opens a session in an httpOnly cookie and knows the role in the tenant', async () => {
    const cookies = new Map<string, string>();
    const visitor = await platform.caller({ tenant: 'meuse', cookies });
    await visitor.auth.login({ email: 'Officer@Meuse.test ', password: TEST_PASSWORD });
    const token = cookies.get(SESSION_COOKIE);
    expect(token).toBeTruthy();
    expect(await findSession(platform.database.db, token!)).toMatchObject({ email: 'officer@meuse.test' });
    const officer = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    expect(await officer.auth.me()).toMatchObject({ role: 'officer', permissions: expect.arrayContaining(['territory:perimeter.manage']) });
  });

  it('gives the same answer to a wrong password and an unknown email', async () => {
    const visitor = await platform.caller({ tenant: 'meuse', ip: '10.0.0.1' });
    const wrong = await visitor.auth.login({ email: 'viewer@meuse.test', password: 'not the password' }).catch((e: Error) => e);
    const unknown = await visitor.auth.login({ email: 'nobody@meuse.test', password: 'not the password' }).catch((e: Error) => e);
    expect(wrong).toMatchObject({ code: 'UNAUTHORIZED', message: 'errors:auth.invalidCredentials' });
    expect(unknown).toMatchObject({ code: 'UNAUTHORIZED', message: 'errors:auth.invalidCredentials' });
  });

  it('throttles an account after five failures, even with the right password', async () => {
    const cookies = new Map<string, string>();
    const visitor = await platform.caller({ tenant: 'meuse', ip: '10.0.0.2', cookies });
    for (let i = 0; i < 5; i++) await visitor.auth.login({ email: 'partner@meuse.test', password: 'wrong password' }).catch(() => undefined);
    await expect(visitor.auth.login({ email: 'partner@meuse.test', password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('rotates the session at login and ends it at logout', async () => {
    const cookies = new Map<string, string>();
    const signedIn = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test', cookies });
    const before = await signedIn.auth.me();
    await signedIn.auth.login({ email: 'admin@meuse.test', password: TEST_PASSWORD });
    const newToken = cookies.get(SESSION_COOKIE)!;
    const sessions = await platform.database.db.selectFrom('platformSession').select('tokenHash').where('userId', '=', before!.userId).execute();
    expect(sessions.map((s) => s.tokenHash)).toEqual([hashToken(newToken)]);
    const nextRequest = await platform.caller({ tenant: 'meuse', sessionToken: newToken, cookies });
    await nextRequest.auth.logout();
    expect(cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await platform.database.db.selectFrom('platformSession').selectAll().where('userId', '=', before!.userId).execute()).toEqual([]);
  });
});

describe('public accounts', () => {
  it('signs up on a portal, verifies the email, then signs in without any staff role', async () => {
    const visitor = await platform.caller({ tenant: 'landes' });
    await visitor.auth.signup({ email: 'interne@example.org', password: 'un mot de passe solide', displayName: 'Interne (fictif)' });
    await expect(visitor.auth.login({ email: 'interne@example.org', password: 'un mot de passe solide' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [email] = await outbox('landes', 'interne@example.org');
    expect(email?.subject).toContain('Département des Landes');
    expect(email?.textBody).toContain('http://ancrage.test/t/landes/verify-email?token=');
    await visitor.auth.verifyEmail({ token: linkToken(email!.textBody) });
    await visitor.auth.login({ email: 'interne@example.org', password: 'un mot de passe solide' });
    const account = await platform.caller({ tenant: 'landes', user: 'interne@example.org' });
    expect(await account.auth.me()).toMatchObject({ role: null, permissions: [] });
    await expect(account.admin.users.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a short password and writes nothing', async () => {
    const visitor = await platform.caller({ tenant: 'landes' });
    await expect(visitor.auth.signup({ email: 'court@example.org', password: 'court', displayName: 'Court' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await platform.database.db.selectFrom('platformUser').select('id').where('email', '=', 'court@example.org').execute()).toEqual([]);
    expect(await outbox('landes', 'court@example.org')).toEqual([]);
  });

  it('answers a sign-up with a taken address like any other, and tells the owner by email', async () => {
    const visitor = await platform.caller({ tenant: 'landes' });
    const before = await platform.database.db.selectFrom('platformUser').select(['displayName', 'passwordHash']).where('email', '=', 'admin@landes.test').executeTakeFirstOrThrow();
    expect(await visitor.auth.signup({ email: 'admin@landes.test', password: 'un mot de passe solide', displayName: 'Doublon' })).toEqual({ ok: true });
    const [email] = await outbox('landes', 'admin@landes.test');
    expect(email?.subject).toBe('Vous avez déjà un compte — Département des Landes');
    expect(email?.textBody).toContain('http://ancrage.test/t/landes/forgot-password');
    const after = await platform.database.db.selectFrom('platformUser').select(['displayName', 'passwordHash']).where('email', '=', 'admin@landes.test').executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('resets a forgotten password with a single-use link and closes other sessions', async () => {
    const visitor = await platform.caller({ tenant: 'meuse' });
    const stillOpen = await platform.caller({ tenant: 'meuse', user: 'viewer@meuse.test' });
    await visitor.auth.requestPasswordReset({ email: 'viewer@meuse.test' });
    await visitor.auth.requestPasswordReset({ email: 'unknown@meuse.test' }); // same answer, no email
    expect(await outbox('meuse', 'unknown@meuse.test')).toEqual([]);
    const [email] = await outbox('meuse', 'viewer@meuse.test');
    const token = linkToken(email!.textBody);
    await visitor.auth.resetPassword({ token, password: 'nouveau mot de passe sûr' });
    await expect(visitor.auth.resetPassword({ token, password: 'encore un autre essai' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await visitor.auth.login({ email: 'viewer@meuse.test', password: 'nouveau mot de passe sûr' });
    void stillOpen;
    const viewer = await platform.database.db.selectFrom('platformUser').select('id').where('email', '=', 'viewer@meuse.test').executeTakeFirstOrThrow();
    expect(await platform.database.db.selectFrom('platformSession').select('tokenHash').where('userId', '=', viewer.id).execute()).toHaveLength(1);
  });
});

describe('staff invitations', () => {
  it('lets an admin invite a partner, who sets a password from the email', async () => {
    const admin = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' });
    await admin.admin.users.invite({ email: 'cpts@example.org', displayName: 'CPTS Nord Meusien (fictive)', role: 'partner' });
    const [invitation] = await outbox('meuse', 'cpts@example.org');
    expect(invitation?.textBody).toContain('Partenaire');
    const visitor = await platform.caller({ tenant: 'meuse' });
    await visitor.auth.resetPassword({ token: linkToken(invitation!.textBody), password: 'mot de passe du partenaire' });
    await visitor.auth.login({ email: 'cpts@example.org', password: 'mot de passe du partenaire' });
    const partner = await platform.caller({ tenant: 'meuse', user: 'cpts@example.org' });
    expect((await partner.auth.me())?.role).toBe('partner');
    const audit = await admin.admin.audit.list({});
    expect(audit.find((entry) => entry.action === 'admin.users.invite')).toMatchObject({ action: 'admin.users.invite', entityType: 'membership', after: { role: 'partner' } });
  });

  it('never leaves a tenant without an admin', async () => {
    const admin = await platform.caller({ tenant: 'landes', user: 'admin@landes.test' });
    const me = await admin.auth.me();
    await expect(admin.admin.users.setRole({ userId: me!.userId, role: 'viewer' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(admin.admin.users.remove({ userId: me!.userId })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await admin.auth.me())?.role).toBe('admin');
  });
});
