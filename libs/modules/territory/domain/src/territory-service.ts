import type { Kysely } from 'kysely';
import { searchName } from './search-name';

/**
 * What other modules may ask of the territory at runtime (never its tables
 * directly): communes, EPCIs, perimeters and the communes they hold. Runs on the caller's
 * tenant transaction, so row-level security applies.
 */
export function territoryService(db: Kysely<any>) {
  return {
    async perimeters(): Promise<{ id: string; name: string; kind: string }[]> {
      return db.selectFrom('territoryPerimeter').select(['id', 'name', 'kind']).orderBy('name').execute();
    },
    /** The tenant's communes with their EPCI (null for the few outside any). */
    async communes(): Promise<{ code: string; name: string; epciCode: string | null }[]> {
      return db.selectFrom('territoryCommune').select(['code', 'name', 'epciCode']).orderBy('name').execute();
    },
    /** A commune picker's matches by name (accents and hyphens ignored), INSEE code prefix or postal code; names starting with the term first. */
    async searchCommunes(search: string, limit: number): Promise<{ code: string; name: string; postalCodes: string[] }[]> {
      const term = searchName(search);
      const escaped = term.replace(/[%_\\]/g, '\\$&');
      let query = db.selectFrom('territoryCommune').select(['code', 'name', 'postalCodes']);
      if (/^\d{2,5}$/.test(term)) query = query.where((eb: any) => eb.or([eb('code', 'like', `${term}%`), eb(eb.val(term), '=', eb.fn.any('postalCodes'))]));
      else if (term) query = query.where('searchName', 'like', `%${escaped}%`);
      return query
        .orderBy((eb: any) => eb.case().when('searchName', 'like', `${escaped}%`).then(0).else(1).end())
        .orderBy('searchName')
        .orderBy('code')
        .limit(limit)
        .execute();
    },
    async epcis(): Promise<{ code: string; name: string }[]> {
      return db.selectFrom('territoryEpci').select(['code', 'name']).orderBy('name').execute();
    },
    async communesOfPerimeter(perimeterId: string): Promise<string[]> {
      const rows: { communeCode: string }[] = await db.selectFrom('territoryPerimeterCommune').select('communeCode').where('perimeterId', '=', perimeterId).execute();
      return rows.map((r) => r.communeCode);
    },
  };
}
export type TerritoryService = ReturnType<typeof territoryService>;
