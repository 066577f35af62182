// Authorization matrix generated from the declared permissions (complements
// ../authorization-matrix.int.spec.ts): who must hold each permission is
// computed from the manifests (grantedTo, closed under dependsOn), every
// procedure × caller is asserted allowed or refused with an input the
// procedure accepts, refused callers write nothing, and every declared
// permission guards something.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_ROLES, type TenantRole } from '@ancrage/module-sdk';
import { catalog } from '../catalog';
import { MEUSE, seedTwoTenants } from '../fixtures.int-helpers';
import { createTestPlatform, type TestCaller, type TestPlatform } from '../testing';
import { declaredPermissions } from './declared-permissions';
import { callProcedure, procedureEntries, settle, type ProcedureEntry } from './procedure-catalog';
import { acceptedSample } from './schema-arbitrary';
import { changedTables, databaseDigest, publicTables } from './tenant-data';

const SEED = 424_242;
const permissions = declaredPermissions(catalog.modules);
const allModules = new Set(catalog.modules.map((m) => m.id));
const inputOf = new Map(procedureEntries.map((entry) => [entry.path, acceptedSample(entry, { seed: SEED }) ?? {}]));

type Caller = TenantRole | 'anonymous' | 'public account' | 'member of another tenant' | 'platform admin';
const CALLERS: readonly Caller[] = [...TENANT_ROLES, 'anonymous', 'public account', 'member of another tenant', 'platform admin'];

/** What the declared access says a caller of the Meuse portal may do with a procedure. */
function mayCall(entry: ProcedureEntry, caller: Caller): boolean {
  const access = entry.access;
  switch (access?.access) {
    case 'public':
    case 'tenant-public':
      return true;
    case 'authenticated':
    case 'tenant-account':
      return caller !== 'anonymous';
    case 'platform-admin':
      return caller === 'platform admin';
    case 'tenant-permission': {
      // Platform administrators act as admins in every tenant.
      const role: Caller = caller === 'platform admin' ? 'admin' : caller;
      const declared = permissions.find((p) => p.qualified === access.permission);
      return (TENANT_ROLES as readonly Caller[]).includes(role) && (declared?.closure.has(role as TenantRole) ?? false);
    }
    default:
      return false;
  }
}

/** A refusal by an access guard (sign-in required, permission missing), as opposed to the procedure's own answer. */
function refusedByGuard(error: unknown): boolean {
  return error instanceof TRPCError && ((error.code === 'UNAUTHORIZED' && error.message === 'errors:unauthorized') || (error.code === 'FORBIDDEN' && error.message === 'errors:forbidden'));
}

describe('permissions declared by the manifests', () => {
  it('grant each permission to every role holding one that depends on it (manage implies read)', () => {
    for (const permission of permissions) {
      for (const role of TENANT_ROLES) {
        const held = catalog.permissionsFor(role, allModules).has(permission.qualified);
        expect(held, `${role} → ${permission.qualified}`).toBe(permission.closure.has(role));
      }
    }
  });

  it('guard at least one procedure or API route each, and name only declared permissions', async () => {
    const byProcedures = procedureEntries.flatMap((entry) => (entry.access?.access === 'tenant-permission' ? [entry.access.permission] : []));
    // The files routes of the API (uploads, downloads) check platform permissions outside tRPC;
    // a module's handler may check a finer one inside (exceeding a budget), named as a qualified literal.
    const repository = join(import.meta.dirname, '../../../../..');
    const apiSources = join(repository, 'apps/api/src');
    const routeFiles = (await readdir(apiSources)).filter((name) => name.endsWith('.routes.ts')).map((name) => join(apiSources, name));
    const moduleFiles = (await readdir(join(repository, 'libs/modules'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\/server\/src\//.test(join(entry.parentPath, entry.name)) && /(?<!\.spec)\.ts$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    const qualified = /'([a-z][a-z0-9-]*):([a-z][\w-]*\.[a-z][\w-]*)'/g;
    const namedIn = async (files: string[]) =>
      (await Promise.all(files.map((file) => readFile(file, 'utf8')))).flatMap((source) =>
        [...source.matchAll(qualified)].filter((match) => allModules.has(match[1]!)).map((match) => `${match[1]}:${match[2]}`),
      );
    const byRoutes = await namedIn(routeFiles);
    // Module sources also hold message keys of the same shape: only declared permissions count there.
    const byHandlers = (await namedIn(moduleFiles)).filter((name) => permissions.some((p) => p.qualified === name));
    const used = new Set([...byProcedures, ...byRoutes, ...byHandlers]);
    expect(permissions.filter((p) => !used.has(p.qualified)).map((p) => p.qualified)).toEqual([]);
    expect([...used].filter((name) => !permissions.some((p) => p.qualified === name))).toEqual([]);
  });

  it('keep viewers and partners away from every administration permission', () => {
    for (const permission of permissions.filter((p) => p.moduleId === 'platform' && !/\.read$/.test(p.qualified))) {
      expect([...permission.closure].filter((role) => role === 'viewer' || role === 'partner'), permission.qualified).toEqual([]);
    }
  });
});

describe('authorization matrix: every procedure × every caller, from the declared access', () => {
  let platform: TestPlatform;
  let tables: string[];
  const callers = new Map<Caller, TestCaller>();

  beforeAll(async () => {
    platform = await createTestPlatform();
    await seedTwoTenants(platform);
    await platform.createUser({ email: 'public@portal.test' });
    await platform.createUser({ email: 'root@platform.test', platformAdmin: true });
    for (const caller of CALLERS) {
      const user =
        caller === 'anonymous'
          ? undefined
          : caller === 'public account'
            ? 'public@portal.test'
            : caller === 'member of another tenant'
              ? 'admin@landes.test'
              : caller === 'platform admin'
                ? 'root@platform.test'
                : `${caller}@${MEUSE.slug}.test`;
      callers.set(caller, await platform.caller({ tenant: MEUSE.slug, user }));
    }
    tables = (await publicTables(platform.database.db)).map((t) => t.name).filter((name) => name !== 'platform_login_attempt');
  });
  afterAll(() => platform.close());

  it.each(CALLERS)('refuses the %s everything the declared access does not allow, before writing anything', async (caller) => {
    const refused = procedureEntries.filter((entry) => !mayCall(entry, caller));
    const before = await databaseDigest(platform.database.db, tables);
    const wrong: string[] = [];
    for (const entry of refused) {
      const outcome = await settle(callProcedure(callers.get(caller)!, entry.path, inputOf.get(entry.path)));
      if (outcome.ok || !refusedByGuard(outcome.error)) wrong.push(`${entry.path}: ${outcome.ok ? 'allowed' : String(outcome.error)}`);
      const expected = caller === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
      if (!outcome.ok && outcome.error instanceof TRPCError && outcome.error.code !== expected) wrong.push(`${entry.path}: ${outcome.error.code} instead of ${expected}`);
    }
    expect(wrong).toEqual([]);
    expect(changedTables(before, await databaseDigest(platform.database.db, tables))).toEqual([]);
  });

  it.each(CALLERS)('lets the %s past the guards of everything the declared access allows', async (caller) => {
    const allowed = procedureEntries.filter((entry) => mayCall(entry, caller));
    const wrong: string[] = [];
    for (const entry of allowed) {
      const outcome = await settle(callProcedure(callers.get(caller)!, entry.path, inputOf.get(entry.path)));
      if (!outcome.ok && refusedByGuard(outcome.error)) wrong.push(`${entry.path}: ${String(outcome.error)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers NOT_FOUND for every procedure of a module the tenant has not enabled, whoever calls', async () => {
    await platform.createTenant({ slug: 'vosges', name: 'Département des Vosges', departementCode: '88', modules: {} });
    await platform.createUser({ email: 'admin@vosges.test', tenant: 'vosges', role: 'admin' });
    const moduleEntries = procedureEntries.filter((entry) => entry.access && 'module' in entry.access && entry.access.module !== 'platform');
    expect(moduleEntries.length).toBeGreaterThan(10);
    for (const user of ['admin@vosges.test', undefined]) {
      const caller = await platform.caller({ tenant: 'vosges', user });
      for (const entry of moduleEntries) {
        const outcome = await settle(callProcedure(caller, entry.path, inputOf.get(entry.path)));
        expect(outcome.ok ? 'OK' : outcome.error instanceof TRPCError && outcome.error.message, `${user ?? 'anonymous'} → ${entry.path}`).toBe('errors:moduleDisabled');
      }
    }
  });
});
