import type { Kysely } from 'kysely';
import type { CentreGovernanceDatabase } from './centre-governance-schema';

/** Demo items, clearly fictitious; idempotent. */
export async function seedDemoItems(db: Kysely<CentreGovernanceDatabase>, tenantId: string) {
  const existing = await db.selectFrom('centreGovernanceItem').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('centreGovernanceItem')
    .values([
      { tenantId, name: 'Exemple fictif A — démonstration', description: 'Données fictives.' },
      { tenantId, name: 'Exemple fictif B — démonstration', description: 'Données fictives.' },
    ])
    .execute();
}
