import type { Kysely } from 'kysely';
import type { TerritoryDatabase } from './territory-schema';

export function listPerimeters(db: Kysely<TerritoryDatabase>) {
  return db
    .selectFrom('territoryPerimeter as p')
    .leftJoin('territoryPerimeterCommune as pc', (join) => join.onRef('pc.tenantId', '=', 'p.tenantId').onRef('pc.perimeterId', '=', 'p.id'))
    .leftJoin('territoryCommune as c', (join) => join.onRef('c.tenantId', '=', 'pc.tenantId').onRef('c.code', '=', 'pc.communeCode'))
    .select([
      'p.id',
      'p.name',
      'p.kind',
      'p.description',
      'p.updatedAt',
      (eb) => eb.fn.count<number>('pc.communeCode').as('communeCount'),
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('c.population'), eb.lit(0)).as('population'),
    ])
    .groupBy(['p.tenantId', 'p.id'])
    .orderBy('p.name')
    .execute();
}

export async function getPerimeter(db: Kysely<TerritoryDatabase>, id: string) {
  const perimeter = await db.selectFrom('territoryPerimeter').select(['id', 'name', 'kind', 'description', 'updatedAt']).where('id', '=', id).executeTakeFirst();
  if (!perimeter) return undefined;
  const communes = await db
    .selectFrom('territoryPerimeterCommune as pc')
    .innerJoin('territoryCommune as c', (join) => join.onRef('c.tenantId', '=', 'pc.tenantId').onRef('c.code', '=', 'pc.communeCode'))
    .select(['c.code', 'c.name', 'c.population'])
    .where('pc.perimeterId', '=', id)
    .orderBy('c.searchName')
    .execute();
  return { ...perimeter, communes };
}

export interface PerimeterValues {
  name: string;
  kind: string;
  description: string;
  communeCodes: string[];
}

export async function replacePerimeterCommunes(db: Kysely<TerritoryDatabase>, tenantId: string, perimeterId: string, codes: readonly string[]) {
  await db.deleteFrom('territoryPerimeterCommune').where('perimeterId', '=', perimeterId).execute();
  const unique = [...new Set(codes)];
  if (unique.length > 0) {
    await db
      .insertInto('territoryPerimeterCommune')
      .values(unique.map((communeCode) => ({ tenantId, perimeterId, communeCode })))
      .execute();
  }
}

export async function perimeterNameTaken(db: Kysely<TerritoryDatabase>, name: string, exceptId?: string) {
  let query = db.selectFrom('territoryPerimeter').select('id').where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
