import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the harness composes every module through the registry, this one included (a cycle for tests only)
import { createTestPlatform, type TestPlatform } from '@ancrage/registry/testing';
import type { TenantFileInput } from '@ancrage/contracts';

// Runs the module's procedures through the real app router, context, middlewares
// and row-level security, on a private copy of the migrated test database.

const ROLES = ['admin', 'officer', 'partner', 'viewer'] as const;
type Role = (typeof ROLES)[number];

const tenants: TenantFileInput[] = [
  { slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', modules: { 'centre-governance': { enabled: true, settings: { pageSize: 10 } } } },
  { slug: 'landes', name: 'Département des Landes', departementCode: '40', modules: { 'centre-governance': { enabled: true, settings: {} } } },
  { slug: 'gers', name: 'Département du Gers', departementCode: '32', modules: {} },
];

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
  for (const tenant of tenants) {
    await platform.createTenant(tenant);
    for (const role of ROLES) await platform.createUser({ email: `${role}@${tenant.slug}.test`, tenant: tenant.slug, role });
  }
});
afterAll(() => platform?.close());

/** The module's procedures as `role` of `tenant` sees them (anonymous without a role). */
async function centreGovernanceAs(tenant: string, role?: Role) {
  const caller = await platform.caller({ tenant, user: role ? `${role}@${tenant}.test` : undefined });
  return caller['centre-governance'];
}

async function auditOf(tenant: string) {
  const tenantId = await platform.tenantId(tenant);
  return withTenant(platform.database.db, tenantId, (db) =>
    db.selectFrom('platformAudit').select(['action', 'entityType', 'entityId', 'userId']).where('action', '=', 'centre-governance.createItem').execute(),
  );
}

describe('centre-governance items', () => {
  it('lets an officer create items that every role of the tenant can list', async () => {
    const officer = await centreGovernanceAs('meuse', 'officer');
    const { id } = await officer.createItem({ name: '  Premier élément ', description: 'Données fictives.' });
    await officer.createItem({ name: 'Deuxième élément' });

    for (const role of ROLES) {
      const page = await (await centreGovernanceAs('meuse', role)).items();
      expect(page.total, role).toBe(2);
      expect(page.items.map((item) => item.name)).toEqual(['Deuxième élément', 'Premier élément']);
    }
    const first = (await officer.items({ page: 1 })).items.find((item) => item.id === id);
    expect(first).toMatchObject({ name: 'Premier élément', description: 'Données fictives.' });
  });

  it('writes an audit record for each creation', async () => {
    const records = await auditOf('meuse');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ entityType: 'centre-governance.item', entityId: expect.any(String), userId: expect.any(String) });
  });

  it('pages the list with the tenant setting', async () => {
    const admin = await centreGovernanceAs('meuse', 'admin');
    for (let i = 1; i <= 9; i++) await admin.createItem({ name: `Élément ${String(i).padStart(2, '0')}` });
    const first = await admin.items({ page: 1 });
    expect(first).toMatchObject({ total: 11, pageSize: 10, page: 1 });
    expect(first.items).toHaveLength(10);
    expect((await admin.items({ page: 2 })).items).toHaveLength(1);
  });

  it('refuses readers, anonymous visitors and a duplicate name, and writes nothing', async () => {
    const before = (await auditOf('meuse')).length;
    await expect((await centreGovernanceAs('meuse', 'viewer')).createItem({ name: 'Interdit' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await centreGovernanceAs('meuse', 'partner')).createItem({ name: 'Interdit' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await centreGovernanceAs('meuse')).items()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect((await centreGovernanceAs('meuse', 'officer')).createItem({ name: 'premier ÉLÉMENT' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect((await centreGovernanceAs('meuse', 'officer')).createItem({ name: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await auditOf('meuse')).length).toBe(before);
    expect((await (await centreGovernanceAs('meuse', 'officer')).items()).total).toBe(11);
  });

  it('keeps each tenant to its own items', async () => {
    const landes = await centreGovernanceAs('landes', 'officer');
    expect(await landes.items()).toMatchObject({ total: 0, items: [], pageSize: 25 });
    await landes.createItem({ name: 'Premier élément' });
    expect((await landes.items()).total).toBe(1);
    expect((await (await centreGovernanceAs('meuse', 'officer')).items()).total).toBe(11);
    // Signed in elsewhere: no role in Landes, no permission there.
    const stranger = await platform.caller({ tenant: 'landes', user: 'officer@meuse.test' });
    await expect(stranger['centre-governance'].items()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers NOT_FOUND where the module is disabled', async () => {
    await expect((await centreGovernanceAs('gers', 'admin')).items()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
