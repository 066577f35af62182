import type { TerritoryGroup, TerritoryLevel } from '@ancrage/demography-domain';
import { territoryService } from '@ancrage/territory-domain';
import type { StudyAreaCommune } from '../study-area/study-area.repository';

const sum = (communes: readonly StudyAreaCommune[]) => communes.reduce((total, c) => total + c.population, 0);

function groupBy(communes: readonly StudyAreaCommune[], key: (c: StudyAreaCommune) => { code: string; name: string } | null): TerritoryGroup[] {
  const groups = new Map<string, { name: string; communes: StudyAreaCommune[] }>();
  for (const commune of communes) {
    const k = key(commune);
    if (!k) continue;
    const group = groups.get(k.code) ?? { name: k.name, communes: [] };
    group.communes.push(commune);
    groups.set(k.code, group);
  }
  return [...groups].map(([code, g]) => ({ code, name: g.name, population: sum(g.communes), communeCodes: g.communes.map((c) => c.code) }));
}

/**
 * The territories of a level: the tenant's communes and EPCI, its département
 * beside its neighbours (for comparison), or the territory module's perimeters.
 */
export async function territoryGroups(db: Parameters<typeof territoryService>[0], area: readonly StudyAreaCommune[], level: TerritoryLevel, departementNames: ReadonlyMap<string, string>): Promise<TerritoryGroup[]> {
  const home = area.filter((c) => c.isHome);
  switch (level) {
    case 'commune':
      return home.map((c) => ({ code: c.code, name: c.name, population: c.population, communeCodes: [c.code] }));
    case 'epci':
      return groupBy(home, (c) => (c.epciCode ? { code: c.epciCode, name: c.epciName ?? c.epciCode } : null));
    case 'departement':
      return groupBy(area, (c) => ({ code: c.departementCode, name: departementNames.get(c.departementCode) ?? c.departementCode }));
    case 'perimeter': {
      const territory = territoryService(db);
      const byCode = new Map(area.map((c) => [c.code, c]));
      const perimeters = await territory.perimeters();
      return Promise.all(
        perimeters.map(async (p) => {
          const communes = (await territory.communesOfPerimeter(p.id)).flatMap((code) => byCode.get(code) ?? []);
          return { code: p.id, name: p.name, population: sum(communes), communeCodes: communes.map((c) => c.code) };
        }),
      );
    }
  }
}
