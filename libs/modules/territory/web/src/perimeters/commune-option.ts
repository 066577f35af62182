export interface CommuneOption {
  code: string;
  name: string;
  population: number;
}

/** "Verdun (55545)": homonyms stay distinguishable. */
export function communeLabel(commune: Pick<CommuneOption, 'code' | 'name'>): string {
  return `${commune.name} (${commune.code})`;
}

/** Adds communes to a selection, keeping the order of first choice and no duplicates. */
export function mergeCommunes(selected: readonly CommuneOption[], added: readonly CommuneOption[]): CommuneOption[] {
  const known = new Set(selected.map((commune) => commune.code));
  return [...selected, ...added.filter((commune) => !known.has(commune.code) && known.add(commune.code))];
}

export function totalPopulation(communes: readonly CommuneOption[]): number {
  return communes.reduce((sum, commune) => sum + commune.population, 0);
}
