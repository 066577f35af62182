import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { hashPassword } from '@ancrage/auth';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import { tenantFileSchema, type TenantFile } from '@ancrage/contracts';
import { createTenant, findTenant } from '@ancrage/tenancy';
import { catalog, orderedServerModules } from './catalog';
import { runEnableHook } from './services';

export const DEMO_PASSWORD = 'demo-ancrage-2026';
export const DEMO_PLATFORM_ADMIN = 'plateforme@demo.ancrage.fr';

/** Reads every *.json tenant file of a folder, validated. */
export async function readTenantFiles(folder: string): Promise<TenantFile[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = tenantFileSchema.safeParse(JSON.parse(await readFile(join(folder, name), 'utf8')));
      if (!parsed.success) throw new Error(`Tenant file ${name} is invalid: ${parsed.error.message}`);
      return parsed.data;
    }),
  );
}

/** Creates tenants described by files that do not exist yet; existing tenants are left as admins changed them. */
export async function ensureTenants(db: Kysely<PlatformDatabase>, files: readonly TenantFile[]) {
  const created: string[] = [];
  for (const file of files) {
    if (await findTenant(db, { slug: file.slug })) continue;
    await createTenant(db, catalog, file, runEnableHook);
    created.push(file.slug);
  }
  return created;
}

async function ensureUser(db: Kysely<PlatformDatabase>, email: string, displayName: string, options: { platformAdmin?: boolean; passwordHash: string }) {
  const existing = await db.selectFrom('platformUser').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) return existing.id;
  const { id } = await db
    .insertInto('platformUser')
    .values({ email, displayName, passwordHash: options.passwordHash, emailVerifiedAt: new Date(), isPlatformAdmin: options.platformAdmin ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Demo data: tenants from files, fictitious accounts (one per role and tenant,
 * same password) and each module's demo seed — for tenants created now only,
 * so that a restart never undoes what admins changed.
 */
export async function seedDemo(db: Kysely<PlatformDatabase>, files: readonly TenantFile[]) {
  const created = await ensureTenants(db, files);
  if (created.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ensureUser(db, DEMO_PLATFORM_ADMIN, 'Administration de la plateforme (démo)', { platformAdmin: true, passwordHash });
  for (const file of files.filter((f) => created.includes(f.slug))) {
    const tenant = await findTenant(db, { slug: file.slug });
    if (!tenant) continue;
    for (const user of file.demoUsers) {
      const userId = await ensureUser(db, user.email, user.displayName, { passwordHash });
      await withTenant(db, tenant.id, (trx) =>
        trx.insertInto('platformMembership').values({ tenantId: tenant.id, userId, role: user.role }).onConflict((oc) => oc.doNothing()).execute(),
      );
    }
    const enabled = await withTenant(db, tenant.id, (trx) => trx.selectFrom('platformTenantModule').select('moduleId').where('enabled', '=', true).execute());
    for (const module of orderedServerModules) {
      const demo = module.seeds?.demo;
      if (!demo || !enabled.some((row) => row.moduleId === module.manifest.id)) continue;
      await withTenant(db, tenant.id, (trx) => demo({ tenantId: tenant.id, tenantSlug: tenant.slug, departementCode: tenant.departementCode, db: trx }));
    }
  }
}
