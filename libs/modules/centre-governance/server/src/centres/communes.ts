import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  type: string;
}

export interface CommuneOption {
  code: string;
  name: string;
}

const byDepartement = new Map<string, Promise<CommuneOption[]>>();

async function load(departementCode: string): Promise<CommuneOption[]> {
  // Read and parsed directly: faster than a JSON module import, and the 8 MB array is dropped once filtered.
  const path = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
  const communes = JSON.parse(await readFile(path, 'utf8')) as EtalabCommune[];
  return communes
    .filter((commune) => commune.departement === departementCode && commune.type === 'commune-actuelle')
    .map((commune) => ({ code: commune.code, name: commune.nom }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/**
 * The current communes of a département (INSEE reference from
 * @etalab/decoupage-administratif), read once per process and département.
 * The centre keeps its communes' codes and names in its own tables, so it
 * works without the territory module.
 */
export function communesOf(departementCode: string): Promise<CommuneOption[]> {
  let found = byDepartement.get(departementCode);
  if (!found) {
    found = load(departementCode);
    byDepartement.set(departementCode, found);
    found.catch(() => byDepartement.delete(departementCode));
  }
  return found;
}

/** The communes of `codes` in the département, or the codes it does not know. */
export async function resolveCommunes(departementCode: string, codes: readonly string[]): Promise<{ communes: CommuneOption[]; unknown: string[] }> {
  const known = new Map((await communesOf(departementCode)).map((commune) => [commune.code, commune]));
  const unique = [...new Set(codes)];
  return { communes: unique.flatMap((code) => known.get(code) ?? []), unknown: unique.filter((code) => !known.has(code)) };
}
