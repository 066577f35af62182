import { sql, type Kysely } from 'kysely';
import { searchName } from '@ancrage/territory-domain';
import type { TerritoryDatabase } from './territory-schema';

export interface CommuneQuery {
  search?: string | undefined;
  epciCode?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listCommunes(db: Kysely<TerritoryDatabase>, query: CommuneQuery) {
  let base = db.selectFrom('territoryCommune as c').leftJoin('territoryEpci as e', (join) => join.onRef('e.tenantId', '=', 'c.tenantId').onRef('e.code', '=', 'c.epciCode'));
  if (query.search) {
    const term = searchName(query.search);
    base = /^\d{2,5}$/.test(term)
      ? base.where((eb) => eb.or([eb('c.code', 'like', `${term}%`), eb(sql.lit(term), '=', eb.fn.any('c.postalCodes'))]))
      : base.where('c.searchName', 'like', `%${term.replace(/[%_\\]/g, '\\$&')}%`);
  }
  if (query.epciCode) base = base.where('c.epciCode', '=', query.epciCode);

  const [items, total] = await Promise.all([
    base
      .select(['c.code', 'c.name', 'c.population', 'c.postalCodes', 'c.epciCode', 'e.name as epciName'])
      .orderBy('c.searchName')
      .orderBy('c.code')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n), page: query.page, pageSize: query.pageSize };
}

export function listEpcis(db: Kysely<TerritoryDatabase>) {
  return db
    .selectFrom('territoryEpci as e')
    .leftJoin('territoryCommune as c', (join) => join.onRef('c.tenantId', '=', 'e.tenantId').onRef('c.epciCode', '=', 'e.code'))
    .select(['e.code', 'e.name', 'e.kind', 'e.population', (eb) => eb.fn.count<number>('c.code').as('communeCount')])
    .groupBy(['e.tenantId', 'e.code'])
    .orderBy('e.name')
    .execute();
}

export async function territorySummary(db: Kysely<TerritoryDatabase>) {
  const communes = await db
    .selectFrom('territoryCommune')
    .select((eb) => [eb.fn.countAll<number>().as('communes'), eb.fn.coalesce(eb.fn.sum<number>('population'), sql<number>`0`).as('population')])
    .executeTakeFirstOrThrow();
  const epcis = await db.selectFrom('territoryEpci').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { communes: Number(communes.communes), population: Number(communes.population), epcis: Number(epcis.n) };
}

/** Codes among `codes` that are not communes of the tenant. */
export async function unknownCommuneCodes(db: Kysely<TerritoryDatabase>, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await db.selectFrom('territoryCommune').select('code').where('code', 'in', [...codes]).execute();
  const known = new Set(found.map((r) => r.code));
  return codes.filter((code) => !known.has(code));
}
