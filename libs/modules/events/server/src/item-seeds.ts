import type { Kysely } from 'kysely';
import type { EventsDatabase } from './events-schema';

/** Demo items, clearly fictitious; idempotent. */
export async function seedDemoItems(db: Kysely<EventsDatabase>, tenantId: string) {
  const existing = await db.selectFrom('eventsItem').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('eventsItem')
    .values([
      { tenantId, name: 'Exemple fictif A — démonstration', description: 'Données fictives.' },
      { tenantId, name: 'Exemple fictif B — démonstration', description: 'Données fictives.' },
    ])
    .execute();
}
