import type { Kysely } from 'kysely';
import { searchName } from '@ancrage/territory-domain';
import type { TerritoryDatabase } from './territory-schema';

interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}

interface EtalabEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}

/**
 * Loads (or refreshes) the tenant's communes and EPCI with INSEE population
 * from @etalab/decoupage-administratif. Idempotent; runs in the caller's
 * tenant transaction, so a failure leaves the previous geography intact.
 */
export async function syncReferenceGeography(db: Kysely<TerritoryDatabase>, tenantId: string, departementCode: string) {
  const [{ default: communes }, { default: epcis }] = await Promise.all([
    import('@etalab/decoupage-administratif/data/communes.json', { with: { type: 'json' } }),
    import('@etalab/decoupage-administratif/data/epci.json', { with: { type: 'json' } }),
  ]);
  const local = (communes as EtalabCommune[]).filter((c) => c.departement === departementCode && c.type === 'commune-actuelle');
  const codes = new Set(local.map((c) => c.code));
  const epciOf = new Map<string, string>();
  const localEpcis = (epcis as EtalabEpci[]).filter((e) => e.membres.some((m) => codes.has(m.code)));
  for (const epci of localEpcis) for (const member of epci.membres) if (codes.has(member.code)) epciOf.set(member.code, epci.code);

  for (const chunk of chunks(localEpcis, 500)) {
    await db
      .insertInto('territoryEpci')
      .values(chunk.map((e) => ({ tenantId, code: e.code, name: e.nom, kind: e.type, population: e.populationMunicipale ?? 0 })))
      .onConflict((oc) =>
        oc.columns(['tenantId', 'code']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), kind: eb.ref('excluded.kind'), population: eb.ref('excluded.population') })),
      )
      .execute();
  }
  for (const chunk of chunks(local, 500)) {
    await db
      .insertInto('territoryCommune')
      .values(
        chunk.map((c) => ({
          tenantId,
          code: c.code,
          name: c.nom,
          searchName: searchName(c.nom),
          population: c.population ?? 0,
          postalCodes: c.codesPostaux ?? [],
          epciCode: epciOf.get(c.code) ?? null,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['tenantId', 'code']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          searchName: eb.ref('excluded.searchName'),
          population: eb.ref('excluded.population'),
          postalCodes: eb.ref('excluded.postalCodes'),
          epciCode: eb.ref('excluded.epciCode'),
        })),
      )
      .execute();
  }
  return { communes: local.length, epcis: localEpcis.length };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
