import type { TestPlatform } from './testing';

export const MEUSE = {
  slug: 'meuse',
  name: 'Département de la Meuse',
  departementCode: '55',
  branding: { primaryColor: '#1d4f91' },
  modules: { territory: { enabled: true, settings: {} } },
};
export const LANDES = {
  slug: 'landes',
  name: 'Département des Landes',
  departementCode: '40',
  branding: { primaryColor: '#1f5c3a' },
  modules: { territory: { enabled: true, settings: {} } },
};

export const ROLES = ['admin', 'officer', 'partner', 'viewer'] as const;

/** Meuse and Landes, each with one user per role: `<role>@<slug>.test`. */
export async function seedTwoTenants(platform: TestPlatform) {
  for (const tenant of [MEUSE, LANDES]) {
    await platform.createTenant(tenant);
    for (const role of ROLES) await platform.createUser({ email: `${role}@${tenant.slug}.test`, tenant: tenant.slug, role });
  }
}
