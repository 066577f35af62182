import { sql } from 'kysely';
import type { ApplicationsDb } from './applications-db';

/**
 * Serialises, within one tenant, what must not race: numbering applications
 * and starting two applications to the same scheme. Held until the transaction ends.
 */
export async function lockApplicationsOfTenant(db: ApplicationsDb, tenantId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`incentives.application:${tenantId}`}))`.execute(db);
}

/** The next reference of the year, 'AID-2026-0001' onwards; call under `lockApplicationsOfTenant`. */
export async function nextReference(db: ApplicationsDb, year: number): Promise<string> {
  const prefix = `AID-${year}-`;
  // Longest first: after 9999 comes 10000, which sorts before it as text.
  const last = await db
    .selectFrom('incentivesApplication')
    .select('reference')
    .where('reference', 'like', `${prefix}%`)
    .orderBy(sql`length(reference)`, 'desc')
    .orderBy('reference', 'desc')
    .limit(1)
    .executeTakeFirst();
  const lastNumber = last ? Number(last.reference.slice(prefix.length)) || 0 : 0;
  return `${prefix}${String(lastNumber + 1).padStart(4, '0')}`;
}
