import type { Kysely } from 'kysely';
import { studyAreaDepartements } from '@ancrage/demography-domain';
import type { DemographyDatabase } from '../demography-schema';
import { referenceCommunes } from './reference-communes';

const CHUNK = 500;

/**
 * Loads (or refreshes) the communes of the tenant's département and its
 * neighbours with their INSEE population. Contours and centroids imported by
 * an admin are kept. Idempotent; runs in the caller's tenant transaction.
 */
export async function syncStudyArea(db: Kysely<DemographyDatabase>, tenantId: string, departementCode: string) {
  const communes = await referenceCommunes(studyAreaDepartements(departementCode));
  for (let i = 0; i < communes.length; i += CHUNK) {
    await db
      .insertInto('demographyCommune')
      .values(communes.slice(i, i + CHUNK).map((c) => ({ tenantId, ...c, isHome: c.departementCode === departementCode })))
      .onConflict((oc) =>
        oc.columns(['tenantId', 'code']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          matchName: eb.ref('excluded.matchName'),
          departementCode: eb.ref('excluded.departementCode'),
          isHome: eb.ref('excluded.isHome'),
          epciCode: eb.ref('excluded.epciCode'),
          epciName: eb.ref('excluded.epciName'),
          population: eb.ref('excluded.population'),
          postalCodes: eb.ref('excluded.postalCodes'),
        })),
      )
      .execute();
  }
  return { communes: communes.length };
}

export interface StudyAreaCommune {
  code: string;
  name: string;
  matchName: string;
  departementCode: string;
  isHome: boolean;
  epciCode: string | null;
  epciName: string | null;
  population: number;
  postalCodes: string[];
  longitude: number | null;
  latitude: number | null;
}

export function listStudyArea(db: Kysely<DemographyDatabase>): Promise<StudyAreaCommune[]> {
  return db
    .selectFrom('demographyCommune')
    .select(['code', 'name', 'matchName', 'departementCode', 'isHome', 'epciCode', 'epciName', 'population', 'postalCodes', 'longitude', 'latitude'])
    .orderBy('code')
    .execute();
}
