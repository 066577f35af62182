import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import { seedTwoTenants } from './fixtures.int-helpers';
import { createTestPlatform, type TestPlatform } from './testing';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
});
afterAll(() => platform.close());

const admin = (tenant = 'meuse') => platform.caller({ tenant, user: `admin@${tenant}.test` });

describe('enabling and disabling modules per tenant', () => {
  it('hides a disabled module: NOT_FOUND for its procedures, gone from the nav, other tenants unaffected', async () => {
    // The demography and incentives modules depend on the territory: they go first.
    await expect((await admin()).admin.modules.setEnabled({ moduleId: 'territory', enabled: false })).rejects.toMatchObject({
      message: 'errors:modules.requiredBy',
    });
    await (await admin()).admin.modules.setEnabled({ moduleId: 'demography', enabled: false });
    await (await admin()).admin.modules.setEnabled({ moduleId: 'incentives', enabled: false });
    await (await admin()).admin.modules.setEnabled({ moduleId: 'territory', enabled: false });
    const officer = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    await expect(officer.territory.perimeters()).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'errors:moduleDisabled' });
    await expect((await platform.caller({ tenant: 'meuse' })).territory.summary()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const tenant = await officer.platform.tenant.current();
    expect(tenant.enabledModules).not.toContain('territory');
    expect(tenant.nav.filter((entry) => entry.moduleId === 'territory')).toEqual([]);
    expect((await (await platform.caller({ tenant: 'landes' })).territory.summary()).communes).toBeGreaterThan(300);

    await (await admin()).admin.modules.setEnabled({ moduleId: 'territory', enabled: true });
    await (await admin()).admin.modules.setEnabled({ moduleId: 'demography', enabled: true });
    await (await admin()).admin.modules.setEnabled({ moduleId: 'incentives', enabled: true });
    const again = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    expect(await again.territory.perimeters()).toEqual([]);
    expect((await again.platform.tenant.current()).nav.map((entry) => entry.key)).toEqual(expect.arrayContaining(['communes', 'perimeters']));
  });

  it('validates settings against the module schema and applies them', async () => {
    const caller = await admin();
    await expect(caller.admin.modules.updateSettings({ moduleId: 'territory', settings: { defaultPageSize: 5000 } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller.admin.modules.updateSettings({ moduleId: 'territory', settings: { defaultPageSize: 10, showCommunesOnPortal: false } });
    const visitor = await platform.caller({ tenant: 'meuse' });
    await expect(visitor.territory.communes({})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const viewer = await platform.caller({ tenant: 'meuse', user: 'viewer@meuse.test' });
    expect((await viewer.territory.communes({})).items).toHaveLength(10);
    expect((await visitor.territory.summary()).settings).toEqual({ defaultPageSize: 10, showCommunesOnPortal: false });
    const modules = await (await admin()).admin.modules.list();
    expect(modules.find((m) => m.id === 'territory')).toMatchObject({
      enabled: true,
      settings: { defaultPageSize: 10 },
      settingsSchema: { type: 'object', properties: { defaultPageSize: { type: 'integer', minimum: 10, maximum: 100 } } },
    });
  });

  it('refuses unknown modules, and officers', async () => {
    await expect((await admin()).admin.modules.setEnabled({ moduleId: 'nope', enabled: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const officer = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    await expect(officer.admin.modules.setEnabled({ moduleId: 'territory', enabled: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('audit trail', () => {
  it('records who changed what, with before and after', async () => {
    const officer = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    const { id } = await officer.territory.createPerimeter({ name: 'ZAC du Verdunois', kind: 'zac', communeCodes: ['55545', '55029'] });
    await officer.territory.updatePerimeter({ id, name: 'ZAC du Verdunois', kind: 'zac', communeCodes: ['55545'] });
    const log = await (await admin()).admin.audit.list({ limit: 10 });
    const update = log.find((entry) => entry.action === 'territory.updatePerimeter');
    expect(update).toMatchObject({ entityType: 'perimeter', entityId: id, userEmail: 'officer@meuse.test' });
    expect((update!.before as { communes: string[] }).communes.sort()).toEqual(['55029', '55545']);
    expect(update!.after).toMatchObject({ communeCodes: ['55545'] });
  });

  it('writes nothing, not even an audit record, when a mutation is refused', async () => {
    const tenantId = await platform.tenantId('meuse');
    const count = () =>
      withTenant(platform.database.db, tenantId, async (db) => ({
        audit: (await db.selectFrom('platformAudit').select('id').execute()).length,
        perimeters: (await db.selectFrom('territoryPerimeter' as never).select('id' as never).execute()).length,
      }));
    const before = await count();
    const officer = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    await expect(officer.territory.createPerimeter({ name: 'ZAC du Verdunois', kind: 'zac', communeCodes: ['55545'] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(officer.territory.createPerimeter({ name: 'Mixte', kind: 'zac', communeCodes: ['55545', '40192'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(officer.territory.createPerimeter({ name: '', kind: 'zac', communeCodes: [] } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await count()).toEqual(before);
  });

  it('shows a tenant admin only their own tenant audit', async () => {
    const landesLog = await (await admin('landes')).admin.audit.list({});
    expect(landesLog.filter((entry) => entry.action.startsWith('territory.'))).toEqual([]);
  });
});

describe('personal data (RGPD)', () => {
  it('exports then erases one person across the platform', async () => {
    await (await admin()).admin.users.invite({ email: 'medecin@example.org', displayName: 'Médecin (fictif)', role: 'viewer' });
    const exported = await (await admin()).admin.personalData.export({ email: 'Medecin@example.org' });
    expect(exported.platform.account).toMatchObject([{ email: 'medecin@example.org', displayName: 'Médecin (fictif)' }]);
    expect(exported.platform.memberships).toMatchObject([{ role: 'viewer' }]);
    expect(exported.platform.emails).toHaveLength(1);

    const { erased } = await (await admin()).admin.personalData.erase({ email: 'medecin@example.org' });
    expect(erased).toBeGreaterThanOrEqual(3);
    const after = await (await admin()).admin.personalData.export({ email: 'medecin@example.org' });
    expect(after.platform).toEqual({ account: [], memberships: [], emails: [] });
    const audit = await (await admin()).admin.audit.list({ limit: 200 });
    expect(JSON.stringify(audit)).not.toContain('medecin@example.org');
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['admin.personalData.export', 'admin.personalData.erase']));
  });

  it('keeps the account of someone another tenant still knows', async () => {
    await (await admin('landes')).admin.users.invite({ email: 'double@example.org', displayName: 'Double (fictif)', role: 'partner' });
    await (await admin('meuse')).admin.users.invite({ email: 'double@example.org', displayName: 'Double (fictif)', role: 'partner' });
    await (await admin('meuse')).admin.personalData.erase({ email: 'double@example.org' });
    const landesUsers = await (await admin('landes')).admin.users.list();
    expect(landesUsers.map((u) => u.email)).toContain('double@example.org');
  });
});
