import type { Kysely } from 'kysely';
import type { CentreGovernanceDatabase } from './centre-governance-schema';

export interface ItemQuery {
  page: number;
  pageSize: number;
}

export async function listItems(db: Kysely<CentreGovernanceDatabase>, query: ItemQuery) {
  const [items, total] = await Promise.all([
    db
      .selectFrom('centreGovernanceItem')
      .select(['id', 'name', 'description', 'createdAt'])
      .orderBy('name')
      .orderBy('id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    db.selectFrom('centreGovernanceItem').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: query.page, pageSize: query.pageSize };
}

export async function itemNameTaken(db: Kysely<CentreGovernanceDatabase>, name: string) {
  const found = await db
    .selectFrom('centreGovernanceItem')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  return found !== undefined;
}

export function insertItem(db: Kysely<CentreGovernanceDatabase>, tenantId: string, values: { name: string; description: string }) {
  return db.insertInto('centreGovernanceItem').values({ tenantId, name: values.name, description: values.description }).returning('id').executeTakeFirstOrThrow();
}
