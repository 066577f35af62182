import type { Kysely } from 'kysely';
import type { DemographyDatabase } from './demography-schema';

/** Demo items, clearly fictitious; idempotent. */
export async function seedDemoItems(db: Kysely<DemographyDatabase>, tenantId: string) {
  const existing = await db.selectFrom('demographyItem').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('demographyItem')
    .values([
      { tenantId, name: 'Exemple fictif A — démonstration', description: 'Données fictives.' },
      { tenantId, name: 'Exemple fictif B — démonstration', description: 'Données fictives.' },
    ])
    .execute();
}
