import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureAccess } from '@ancrage/trpc';
import { appRouter } from './app-router';
import { catalog } from './catalog';
import { ROLES, seedTwoTenants } from './fixtures.int-helpers';
import { createTestPlatform, type TestCaller, type TestPlatform } from './testing';

interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  access: ProcedureAccess | undefined;
}

// Enumerated from the router itself: a new procedure is covered without editing this test.
const procedures: ProcedureInfo[] = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureInfo['type']; meta?: { access?: ProcedureAccess } } }>).map(
  ([path, procedure]) => ({ path, type: procedure._def.type, access: procedure._def.meta?.access }),
);

/** Anonymous mutations: signing in, account recovery, and registering for (or leaving) an event from the portal. */
const PUBLIC_MUTATIONS = ['auth.login', 'auth.signup', 'auth.verifyEmail', 'auth.requestPasswordReset', 'auth.resetPassword', 'events.register', 'events.cancelMyRegistration'];

function call(caller: TestCaller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  return fn(input);
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof TRPCError ? error.code : 'THROWN'),
  );

describe('every procedure declares how it may be reached', () => {
  it('has an access rule', () => {
    expect(procedures.length).toBeGreaterThan(20);
    expect(procedures.filter((p) => !p.access).map((p) => p.path)).toEqual([]);
  });

  it('guards every mutation with a permission or a session, except sign-in, account recovery and event registration', () => {
    const unguarded = procedures.filter((p) => p.type === 'mutation' && p.access?.access !== 'tenant-permission' && p.access?.access !== 'platform-admin' && p.access?.access !== 'authenticated' && p.access?.access !== 'tenant-account');
    expect(unguarded.map((p) => p.path).sort()).toEqual([...PUBLIC_MUTATIONS].sort());
  });

  it('names only permissions that a module declares', () => {
    for (const procedure of procedures) {
      if (procedure.access?.access !== 'tenant-permission') continue;
      const [moduleId, permission] = procedure.access.permission.split(':') as [string, string];
      expect(catalog.get(moduleId)?.permissions, procedure.path).toHaveProperty([permission]);
    }
  });
});

describe('authorization matrix: procedure × role', () => {
  let platform: TestPlatform;
  const enabled = new Set(catalog.modules.map((m) => m.id));

  beforeAll(async () => {
    platform = await createTestPlatform();
    await seedTwoTenants(platform);
  });
  afterAll(() => platform.close());

  const guarded = procedures.filter((p) => p.access?.access === 'tenant-permission');

  it.each(ROLES)('lets the %s call exactly what their permissions allow', async (role) => {
    const caller = await platform.caller({ tenant: 'meuse', user: `${role}@meuse.test` });
    const granted = catalog.permissionsFor(role, enabled);
    for (const procedure of guarded) {
      const access = procedure.access as Extract<ProcedureAccess, { access: 'tenant-permission' }>;
      // An empty input: allowed callers get past the guard (then succeed or fail validation), others are refused before it.
      const result = await outcome(call(caller, procedure.path, {}));
      if (granted.has(access.permission)) expect(['OK', 'BAD_REQUEST', 'NOT_FOUND', 'CONFLICT'], `${role} → ${procedure.path}`).toContain(result);
      else expect(result, `${role} → ${procedure.path}`).toBe('FORBIDDEN');
    }
  });

  it('asks anonymous visitors to sign in for every guarded procedure', async () => {
    const visitor = await platform.caller({ tenant: 'meuse' });
    for (const procedure of guarded) expect(await outcome(call(visitor, procedure.path, {})), procedure.path).toBe('UNAUTHORIZED');
    for (const procedure of procedures.filter((p) => p.access?.access === 'platform-admin' || p.access?.access === 'authenticated')) {
      expect(await outcome(call(visitor, procedure.path, {})), procedure.path).toBe('UNAUTHORIZED');
    }
  });

  it('lets anonymous visitors read the public portal procedures', async () => {
    const visitor = await platform.caller({ tenant: 'meuse' });
    for (const procedure of procedures.filter((p) => p.access?.access === 'tenant-public' && p.type === 'query')) {
      // Past the guard: answered, or refused for the (empty) input only.
      expect(['OK', 'BAD_REQUEST', 'NOT_FOUND'], procedure.path).toContain(await outcome(call(visitor, procedure.path, {})));
    }
  });

  it('keeps viewers read-only: they hold no manage permission', () => {
    const viewer = [...catalog.permissionsFor('viewer', enabled)];
    expect(viewer.filter((p) => /manage/.test(p))).toEqual([]);
  });
});
