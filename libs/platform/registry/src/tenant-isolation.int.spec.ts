import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANDES, MEUSE, ROLES, seedTwoTenants } from './fixtures.int-helpers';
import { createTestPlatform, type TestPlatform } from './testing';

let platform: TestPlatform;
let landesPerimeterId: string;

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  const landesOfficer = await platform.caller({ tenant: 'landes', user: 'officer@landes.test' });
  ({ id: landesPerimeterId } = await landesOfficer.territory.createPerimeter({ name: 'CPTS des Landes', kind: 'cpts', communeCodes: ['40192', '40088'] }));
});
afterAll(() => platform.close());

describe('tenant isolation', () => {
  it("gives each tenant its own communes from the official geography", async () => {
    const meuse = await (await platform.caller({ tenant: 'meuse' })).territory.summary();
    const landes = await (await platform.caller({ tenant: 'landes' })).territory.summary();
    expect(meuse.departement).toEqual({ code: '55', name: 'Meuse' });
    expect(meuse.communes).toBeGreaterThan(400);
    expect(landes.departement.name).toBe('Landes');
    const search = await (await platform.caller({ tenant: 'meuse' })).territory.communes({ search: 'mont de marsan' });
    expect(search.total).toBe(0);
  });

  it.each(ROLES)('never shows or changes Landes data to the Meuse %s', async (role) => {
    const meuse = await platform.caller({ tenant: 'meuse', user: `${role}@meuse.test` });
    expect(await meuse.territory.perimeters()).toEqual([]);
    expect(await code(meuse.territory.perimeter({ id: landesPerimeterId }))).toMatch(/NOT_FOUND|FORBIDDEN/);
    const update = { id: landesPerimeterId, name: 'Pris', kind: 'zip' as const, communeCodes: ['55029'] };
    expect(await code(meuse.territory.updatePerimeter(update))).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect(await code(meuse.territory.deletePerimeter({ id: landesPerimeterId }))).toMatch(/NOT_FOUND|FORBIDDEN/);
    const landesView = await (await platform.caller({ tenant: 'landes', user: 'viewer@landes.test' })).territory.perimeter({ id: landesPerimeterId });
    expect(landesView.name).toBe('CPTS des Landes');
    expect(landesView.communes.map((c) => c.code)).toEqual(expect.arrayContaining(['40192', '40088']));
  });

  it("refuses a perimeter made of another département's communes", async () => {
    const meuse = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    await expect(meuse.territory.createPerimeter({ name: 'Intrus', kind: 'zip', communeCodes: ['40192'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await meuse.territory.perimeters()).toEqual([]);
  });

  it('gives a Meuse user no role in Landes', async () => {
    const intruder = await platform.caller({ tenant: 'landes', user: 'admin@meuse.test' });
    expect((await intruder.auth.me())?.role).toBeNull();
    expect(await code(intruder.territory.perimeters())).toBe('FORBIDDEN');
    expect(await code(intruder.admin.users.list())).toBe('FORBIDDEN');
    expect(await code(intruder.admin.audit.list({}))).toBe('FORBIDDEN');
  });

  it("lists only the tenant's own users and audit", async () => {
    const admin = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' });
    const users = await admin.admin.users.list();
    expect(users.map((u) => u.email).sort()).toEqual(ROLES.map((r) => `${r}@meuse.test`).sort());
    const audit = await admin.admin.audit.list({});
    expect(audit.every((entry) => entry.action !== 'territory.createPerimeter')).toBe(true);
  });

  it('serves a third département added without code, isolated from the others', async () => {
    const platformAdminEmail = 'root@platform.test';
    await platform.createUser({ email: platformAdminEmail, platformAdmin: true });
    const root = await platform.caller({ user: platformAdminEmail });
    await root.platform.tenants.create({
      slug: 'vosges',
      name: 'Département des Vosges',
      departementCode: '88',
      branding: { primaryColor: '#3b3b8f' },
      modules: ['territory'],
    });
    const vosges = await platform.caller({ tenant: 'vosges', user: platformAdminEmail });
    const tenant = await vosges.platform.tenant.current();
    expect(tenant).toMatchObject({ name: 'Département des Vosges', regionCode: '44', enabledModules: expect.arrayContaining(['territory']) });
    expect((await vosges.territory.summary()).departement.name).toBe('Vosges');
    expect(await vosges.territory.perimeters()).toEqual([]);
    const created = await vosges.territory.createPerimeter({ name: 'ZIP Épinal', kind: 'zip', communeCodes: ['88160'] });
    const meuseOfficer = await platform.caller({ tenant: 'meuse', user: 'officer@meuse.test' });
    expect(await code(meuseOfficer.territory.perimeter({ id: created.id }))).toBe('NOT_FOUND');
    const list = await (await platform.caller()).platform.tenants.list();
    expect(list.map((t) => t.slug).sort()).toEqual(['landes', 'meuse', 'vosges']);
  });

  it('refuses a tenant with an unknown département, a taken slug, or from a non platform admin', async () => {
    const root = await platform.caller({ user: 'root@platform.test' });
    await expect(root.platform.tenants.create({ slug: 'nulle-part', name: 'Nulle part', departementCode: '99', modules: [] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'errors:tenant.unknownDepartement',
    });
    await expect(root.platform.tenants.create({ ...LANDES, slug: 'meuse', departementCode: '08', modules: [] })).rejects.toMatchObject({ code: 'CONFLICT' });
    const admin = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' });
    expect(await code(admin.platform.tenants.create({ ...MEUSE, slug: 'ardennes', departementCode: '08', modules: [] }))).toBe('FORBIDDEN');
    expect((await (await platform.caller()).platform.tenants.list()).map((t) => t.slug)).not.toContain('ardennes');
  });

  it('answers NOT_FOUND for an unknown tenant', async () => {
    const visitor = await platform.caller({ tenant: 'atlantide' });
    expect(await code(visitor.platform.tenant.current())).toBe('NOT_FOUND');
    expect(await code(visitor.territory.summary())).toBe('NOT_FOUND');
  });
});
