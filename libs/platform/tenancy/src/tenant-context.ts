import type { Kysely } from 'kysely';
import { tenantSlug } from '@ancrage/contracts';
import { withTenant, type PlatformDatabase, type Tenant } from '@ancrage/db';
import { isLocale } from '@ancrage/i18n';
import { readTenantSettings, type ModuleCatalog } from '@ancrage/module-sdk';
import { PLATFORM_MODULE_ID, type TenantContext } from '@ancrage/trpc';

/** Finds a tenant by its slug (the /t/:tenant URL) or by a host mapped to it. */
export async function findTenant(db: Kysely<PlatformDatabase>, by: { slug?: string | undefined; host?: string | undefined }) {
  if (by.slug) {
    // A slug that cannot exist (a NUL, an emoji… from a URL) is unknown without asking the database.
    if (!tenantSlug.safeParse(by.slug).success) return undefined;
    return db.selectFrom('platformTenant').selectAll().where('slug', '=', by.slug).executeTakeFirst();
  }
  const host = by.host?.toLowerCase();
  if (host) {
    return db
      .selectFrom('platformTenant')
      .selectAll()
      .where((eb) => eb(eb.val(host), '=', eb.fn.any('hosts')))
      .executeTakeFirst();
  }
  return undefined;
}

/** The tenant as procedures see it: enabled modules (known ones only) with parsed settings. */
export async function loadTenantContext(db: Kysely<PlatformDatabase>, catalog: ModuleCatalog, tenant: Tenant): Promise<TenantContext> {
  const rows = await withTenant(db, tenant.id, (trx) => trx.selectFrom('platformTenantModule').selectAll().execute());
  const enabledModules = new Set<string>([PLATFORM_MODULE_ID]);
  const moduleSettings = new Map<string, unknown>();
  for (const row of rows) {
    const manifest = catalog.get(row.moduleId);
    if (!manifest || !row.enabled) continue; // rows of unknown modules are ignored
    enabledModules.add(row.moduleId);
    moduleSettings.set(row.moduleId, readTenantSettings(manifest.tenantSettings, { settings: row.settings, version: row.settingsVersion }));
  }
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    departementCode: tenant.departementCode,
    regionCode: tenant.regionCode,
    defaultLocale: isLocale(tenant.defaultLocale) ? tenant.defaultLocale : 'fr',
    branding: tenant.branding,
    enabledModules,
    moduleSettings,
  };
}
