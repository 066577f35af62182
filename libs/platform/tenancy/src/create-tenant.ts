import type { Kysely } from 'kysely';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import type { ModuleCatalog, TenantScope } from '@ancrage/module-sdk';
import { appError } from '@ancrage/trpc';
import { findDepartement } from './departements';
import type { TenantFile } from '@ancrage/contracts';
import { validateModuleSelection } from './module-settings';

/**
 * Creates a tenant and its module rows in one transaction: either the whole
 * département exists afterwards, or nothing was written.
 */
export async function createTenant(
  db: Kysely<PlatformDatabase>,
  catalog: ModuleCatalog,
  file: TenantFile,
  onModuleEnabled: (moduleId: string, scope: TenantScope) => Promise<void>,
): Promise<string> {
  const departement = findDepartement(file.departementCode);
  if (!departement) throw appError('BAD_REQUEST', 'errors:tenant.unknownDepartement');
  const modules = validateModuleSelection(catalog, file.modules);

  return db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('platformTenant')
      .select(['slug', 'departementCode'])
      .where((eb) => eb.or([eb('slug', '=', file.slug), eb('departementCode', '=', file.departementCode)]))
      .executeTakeFirst();
    if (clash) throw appError('CONFLICT', clash.slug === file.slug ? 'errors:tenant.slugTaken' : 'errors:tenant.codeTaken');
    const { id } = await trx
      .insertInto('platformTenant')
      .values({
        slug: file.slug,
        name: file.name,
        departementCode: departement.code,
        regionCode: departement.regionCode,
        defaultLocale: file.defaultLocale,
        branding: JSON.stringify(file.branding),
        hosts: file.hosts,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (modules.length > 0) {
      await withTenant<PlatformDatabase, void>(trx, id, async (scoped) => {
        await scoped
          .insertInto('platformTenantModule')
          .values(modules.map((m) => ({ tenantId: id, moduleId: m.id, enabled: m.enabled, settings: JSON.stringify(m.settings), settingsVersion: m.version })))
          .execute();
        for (const module of modules.filter((m) => m.enabled)) {
          await onModuleEnabled(module.id, { tenantId: id, tenantSlug: file.slug, departementCode: departement.code, db: scoped });
        }
      });
    }
    return id;
  });
}
