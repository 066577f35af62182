import type { Kysely } from 'kysely';
import type { TerritoryDatabase } from './territory-schema';

/**
 * What other modules may ask of the territory at runtime (never its tables):
 * the communes of a perimeter and their population.
 */
export function territoryService(db: Kysely<any>) {
  const territory = db as Kysely<TerritoryDatabase>;
  return {
    async communesOfPerimeter(perimeterId: string): Promise<string[]> {
      const rows = await territory.selectFrom('territoryPerimeterCommune').select('communeCode').where('perimeterId', '=', perimeterId).execute();
      return rows.map((r) => r.communeCode);
    },
    async communePopulations(): Promise<Map<string, number>> {
      const rows = await territory.selectFrom('territoryCommune').select(['code', 'population']).execute();
      return new Map(rows.map((r) => [r.code, r.population]));
    },
  };
}
export type TerritoryService = ReturnType<typeof territoryService>;
