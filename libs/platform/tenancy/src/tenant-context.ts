import { sql, type Kysely } from 'kysely';
import { tenantSlug } from '@ancrage/contracts';
import { withTenant, type PlatformDatabase, type Tenant } from '@ancrage/db';
import { isLocale } from '@ancrage/i18n';
import { readTenantSettings, type ModuleCatalog } from '@ancrage/module-sdk';
import { PLATFORM_MODULE_ID, type TenantContext } from '@ancrage/trpc';

/** Finds a tenant by its slug (the /t/:tenant URL) or by a host mapped to it. */
export async function findTenant(db: Kysely<PlatformDatabase>, by: { slug?: string | undefined; host?: string | undefined }) {
  return tenantQuery(db, by)?.selectAll().executeTakeFirst();
}

function tenantQuery(db: Kysely<PlatformDatabase>, by: { slug?: string | undefined; host?: string | undefined }) {
  if (by.slug) {
    // A slug that cannot exist (a NUL, an emoji… from a URL) is unknown without asking the database.
    if (!tenantSlug.safeParse(by.slug).success) return undefined;
    return db.selectFrom('platformTenant').where('slug', '=', by.slug);
  }
  const host = by.host?.toLowerCase();
  if (host) return db.selectFrom('platformTenant').where((eb) => eb(eb.val(host), '=', eb.fn.any('hosts')));
  return undefined;
}

interface ModuleRow {
  moduleId: string;
  enabled: boolean;
  settings: unknown;
  settingsVersion: number;
}

/**
 * The request's tenant and its modules in one query (the first of the two a
 * request costs before its procedure). It runs as the pool's owner role, outside
 * row-level security, and reads only the rows of the tenant it found.
 */
export async function resolveTenantContext(db: Kysely<PlatformDatabase>, catalog: ModuleCatalog, by: { slug?: string | undefined; host?: string | undefined }): Promise<TenantContext | null> {
  const query = tenantQuery(db, by);
  if (!query) return null;
  const row = await query
    .selectAll('platformTenant')
    .select((eb) =>
      eb
        .selectFrom('platformTenantModule as m')
        .whereRef('m.tenantId', '=', 'platformTenant.id')
        .select(sql<ModuleRow[]>`coalesce(json_agg(json_build_object('moduleId', m.module_id, 'enabled', m.enabled, 'settings', m.settings, 'settingsVersion', m.settings_version)), '[]')`.as('modules'))
        .as('modules'),
    )
    .executeTakeFirst();
  if (!row) return null;
  const { modules, ...tenant } = row;
  return tenantContextOf(catalog, tenant, (modules ?? []) as ModuleRow[]);
}

/** The tenant as procedures see it: enabled modules (known ones only) with parsed settings. */
export async function loadTenantContext(db: Kysely<PlatformDatabase>, catalog: ModuleCatalog, tenant: Tenant): Promise<TenantContext> {
  const rows = await withTenant(db, tenant.id, (trx) => trx.selectFrom('platformTenantModule').selectAll().execute());
  return tenantContextOf(catalog, tenant, rows);
}

function tenantContextOf(catalog: ModuleCatalog, tenant: Tenant, rows: readonly ModuleRow[]): TenantContext {
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
