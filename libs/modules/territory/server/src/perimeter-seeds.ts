import type { Kysely } from 'kysely';
import type { TerritoryDatabase } from './territory-schema';
import { replacePerimeterCommunes } from './perimeters.repository';

/** Demo perimeters (fictitious zoning built from the first communes of two EPCI). */
export async function seedDemoPerimeters(db: Kysely<TerritoryDatabase>, tenantId: string) {
  const existing = await db.selectFrom('territoryPerimeter').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  const epcis = await db.selectFrom('territoryEpci').select(['code', 'name']).orderBy('population', 'desc').limit(2).execute();
  const demo = [
    { name: 'ZIP fictive — démonstration', kind: 'zip', epci: epcis[0] },
    { name: 'CPTS fictive — démonstration', kind: 'cpts', epci: epcis[1] },
  ];
  for (const perimeter of demo) {
    if (!perimeter.epci) continue;
    const communes = await db.selectFrom('territoryCommune').select('code').where('epciCode', '=', perimeter.epci.code).orderBy('code').limit(12).execute();
    const { id } = await db
      .insertInto('territoryPerimeter')
      .values({ tenantId, name: perimeter.name, kind: perimeter.kind, description: `Données fictives, d'après ${perimeter.epci.name}.` })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replacePerimeterCommunes(db, tenantId, id, communes.map((c) => c.code));
  }
}
