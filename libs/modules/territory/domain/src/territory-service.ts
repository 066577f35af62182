import type { Kysely } from 'kysely';

/**
 * What other modules may ask of the territory at runtime (never its tables
 * directly): perimeters and the communes they hold. Runs on the caller's
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
