// Fills a tenant with data in every module, the way a département would: each
// module's demo seed, a stored file, then each module's own mutations called by
// the tenant's admin with inputs built from their schemas and the tenant's data.
import { sql } from 'kysely';
import { withTenant } from '@ancrage/db';
import { saveFile } from '@ancrage/files';
import { orderedServerModules } from '../catalog';
import type { TestPlatform } from '../testing';
import { foreignInputs, type ForeignData } from './foreign-inputs';
import { callProcedure, procedureEntries, settle } from './procedure-catalog';
import { sampleRows, valuesOnlyIn } from './tenant-data';

interface TenantRef {
  slug: string;
  departementCode: string;
}

/** Every module's demo seed for the tenant, and one stored file. */
export async function runDemoSeeds(platform: TestPlatform, tenant: TenantRef) {
  const tenantId = await platform.tenantId(tenant.slug);
  const db = platform.database.db;
  for (const module of orderedServerModules) {
    const demo = module.seeds?.demo;
    if (demo) await withTenant(db, tenantId, (trx) => demo({ tenantId, tenantSlug: tenant.slug, departementCode: tenant.departementCode, db: trx }));
  }
  const data = Buffer.from(`Compte rendu fictif du comité de pilotage — ${tenant.slug}\n`);
  await withTenant(db, tenantId, (trx) =>
    saveFile(trx, platform.services.files, { tenantId, name: `compte-rendu-${tenant.slug}.txt`, contentType: 'text/plain', data, createdBy: null }),
  );
}

/**
 * What a tenant holds that `other` does not: rows of each table, distinctive
 * values, members' emails, slug. Values that are public or platform-wide by
 * design are left out: the tenant's own row (slug, name, codes, as listed on
 * the landing page) and its members' accounts (shared by all départements:
 * inviting a known address into another tenant is allowed and shows its id).
 */
export async function tenantData(platform: TestPlatform, slug: string, other: string, rowsPerTable = 2): Promise<ForeignData> {
  const db = platform.database.db;
  const [tenantId, otherId] = [await platform.tenantId(slug), await platform.tenantId(other)];
  const { rows: members } = await sql<{ id: string; email: string }>`
    select u.id, u.email from platform_membership m join platform_user u on u.id = m.user_id where m.tenant_id = ${tenantId} order by u.email`.execute(db);
  const { rows: tenantRow } = await sql<{ value: string }>`
    select unnest(array[slug, name, departement_code, region_code] || hosts) as value from platform_tenant where id = ${tenantId}`.execute(db);
  const shared = new Set([...tenantRow.map((r) => r.value.toLowerCase()), ...members.flatMap((m) => [m.id, m.email])]);
  return {
    slug,
    emails: members.map((m) => m.email),
    rows: await sampleRows(db, tenantId, rowsPerTable),
    values: (await valuesOnlyIn(db, tenantId, otherId)).filter((v) => !shared.has(v.value.toLowerCase())),
  };
}

const DESTRUCTIVE = /^(delete|remove|erase|cancel|undo)/i;

/**
 * The tenant's admin calls every non-destructive mutation of every module with
 * inputs built from its own data; returns how many succeeded. Refusals are
 * expected (a file that is not an RPPS extract) and ignored here.
 */
export async function exerciseModuleMutations(platform: TestPlatform, own: ForeignData, seed: number): Promise<number> {
  const admin = await platform.caller({ tenant: own.slug, user: `admin@${own.slug}.test` });
  let succeeded = 0;
  for (const entry of procedureEntries) {
    const access = entry.access;
    if (entry.type !== 'mutation' || !access || !('module' in access) || access.module === 'platform') continue;
    if (DESTRUCTIVE.test(entry.path.split('.').pop() ?? '')) continue;
    for (const input of foreignInputs(entry, own, seed).inputs.slice(0, 2)) {
      if ((await settle(callProcedure(admin, entry.path, input))).ok) succeeded += 1;
    }
  }
  return succeeded;
}
