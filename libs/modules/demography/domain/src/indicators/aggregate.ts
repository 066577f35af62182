import type { PracticeMode } from '../rpps/rpps-situation';
import { densityPer100k } from './density';

/** One practice situation, reduced to what indicators count. */
export interface CountedSituation {
  communeCode: string;
  nationalId: string;
  weight: number;
  mode: PracticeMode | null;
}

/** A territory of some level: a commune, an EPCI, a département, a perimeter. */
export interface TerritoryGroup {
  code: string;
  name: string;
  population: number;
  communeCodes: readonly string[];
}

export interface IndicatorRow {
  code: string;
  name: string;
  population: number;
  /** Distinct professionals practising in the territory. */
  headcount: number;
  /** Weighted headcount: a professional at two sites counts ½ at each. */
  fte: number;
  densityPer100k: number | null;
  liberalFte: number;
  salariedFte: number;
  otherFte: number;
}

/** Headcount, weighted headcount, density and libéral/salarié split of each territory. */
export function aggregateByGroup(situations: readonly CountedSituation[], groups: readonly TerritoryGroup[]): IndicatorRow[] {
  const byCommune = new Map<string, CountedSituation[]>();
  for (const s of situations) byCommune.set(s.communeCode, [...(byCommune.get(s.communeCode) ?? []), s]);
  return groups.map((group) => {
    const people = new Set<string>();
    let fte = 0;
    let liberalFte = 0;
    let salariedFte = 0;
    for (const code of group.communeCodes) {
      for (const s of byCommune.get(code) ?? []) {
        people.add(s.nationalId);
        fte += s.weight;
        if (s.mode === 'liberal') liberalFte += s.weight;
        else if (s.mode === 'salaried') salariedFte += s.weight;
      }
    }
    return {
      code: group.code,
      name: group.name,
      population: group.population,
      headcount: people.size,
      fte,
      densityPer100k: densityPer100k(fte, group.population),
      liberalFte,
      salariedFte,
      otherFte: fte - liberalFte - salariedFte,
    };
  });
}
