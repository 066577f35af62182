import { catalog } from './catalog';
import type { TestPlatform } from './testing';

/** Every module of the deployment, enabled with default settings. */
export const ALL_MODULES = Object.fromEntries(catalog.modules.filter((m) => m.id !== 'platform').map((m) => [m.id, { enabled: true, settings: {} }]));

export const MEUSE = {
  slug: 'meuse',
  name: 'Département de la Meuse',
  departementCode: '55',
  branding: { primaryColor: '#1d4f91' },
  modules: ALL_MODULES,
};
export const LANDES = {
  slug: 'landes',
  name: 'Département des Landes',
  departementCode: '40',
  branding: { primaryColor: '#1f5c3a' },
  modules: ALL_MODULES,
};

export const ROLES = ['admin', 'officer', 'partner', 'viewer'] as const;

/** Meuse and Landes, each with one user per role: `<role>@<slug>.test`. */
export async function seedTwoTenants(platform: TestPlatform) {
  for (const tenant of [MEUSE, LANDES]) {
    await platform.createTenant(tenant);
    for (const role of ROLES) await platform.createUser({ email: `${role}@${tenant.slug}.test`, tenant: tenant.slug, role });
  }
}
