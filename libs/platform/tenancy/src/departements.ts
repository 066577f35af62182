import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regions from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };

export interface Departement {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

const regionNames = new Map(regions.map((r) => [r.code, r.nom]));

/** An INSEE département (official geography, from @etalab/decoupage-administratif). */
export function findDepartement(code: string): Departement | undefined {
  const found = departements.find((d) => d.code === code);
  if (!found) return undefined;
  return { code: found.code, name: found.nom, regionCode: found.region, regionName: regionNames.get(found.region) ?? found.region };
}
