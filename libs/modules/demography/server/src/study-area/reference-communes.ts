import { matchName } from '@ancrage/demography-domain';

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
  membres: { code: string }[];
}

export interface ReferenceCommune {
  code: string;
  name: string;
  matchName: string;
  departementCode: string;
  population: number;
  postalCodes: string[];
  epciCode: string | null;
  epciName: string | null;
}

/** INSEE communes of the given départements with their population and EPCI (from @etalab/decoupage-administratif). */
export async function referenceCommunes(departements: readonly string[]): Promise<ReferenceCommune[]> {
  const [{ default: communes }, { default: epcis }] = await Promise.all([
    import('@etalab/decoupage-administratif/data/communes.json', { with: { type: 'json' } }),
    import('@etalab/decoupage-administratif/data/epci.json', { with: { type: 'json' } }),
  ]);
  const wanted = new Set(departements);
  const epciOf = new Map<string, EtalabEpci>();
  for (const epci of epcis as EtalabEpci[]) for (const member of epci.membres) epciOf.set(member.code, epci);
  return (communes as EtalabCommune[])
    .filter((c) => c.type === 'commune-actuelle' && c.departement !== undefined && wanted.has(c.departement))
    .map((c) => ({
      code: c.code,
      name: c.nom,
      matchName: matchName(c.nom),
      departementCode: c.departement as string,
      population: c.population ?? 0,
      postalCodes: c.codesPostaux ?? [],
      epciCode: epciOf.get(c.code)?.code ?? null,
      epciName: epciOf.get(c.code)?.nom ?? null,
    }));
}

/** Département names by INSEE code. */
export async function departementNames(): Promise<Map<string, string>> {
  const { default: departements } = await import('@etalab/decoupage-administratif/data/departements.json', { with: { type: 'json' } });
  return new Map((departements as { code: string; nom: string }[]).map((d) => [d.code, d.nom]));
}
