import type { Area, GeoSnapshot, Rule } from './rule.schema';

/** Every commune of an area: its communes, its EPCIs' and its perimeters' (as the snapshot knows them). */
export function areaCommunes(area: Area, geo: GeoSnapshot): Set<string> {
  const communes = new Set<string>(area.communes);
  for (const epci of area.epcis) for (const code of geo.epcis[epci] ?? []) communes.add(code);
  for (const id of area.perimeterIds) for (const code of geo.perimeters[id] ?? []) communes.add(code);
  return communes;
}

export interface GeoReferences {
  communes: string[];
  epcis: string[];
  perimeterIds: string[];
}

/** What the server must resolve to build the GeoSnapshot of a rule and of other areas (e.g. a commitment's). */
export function ruleGeoReferences(rule: Rule | null, ...areas: (Area | null)[]): GeoReferences {
  const communes = new Set<string>();
  const epcis = new Set<string>();
  const perimeterIds = new Set<string>();
  const addArea = (area: Area) => {
    area.communes.forEach((code) => communes.add(code));
    area.epcis.forEach((code) => epcis.add(code));
    area.perimeterIds.forEach((id) => perimeterIds.add(id));
  };
  const visit = (node: Rule) => {
    if (node.op === 'all' || node.op === 'any') node.rules.forEach(visit);
    else if (node.op === 'not') visit(node.rule);
    else if (node.condition.type === 'practice-area') addArea(node.condition.area);
  };
  if (rule) visit(rule);
  for (const area of areas) if (area) addArea(area);
  return { communes: [...communes].sort(), epcis: [...epcis].sort(), perimeterIds: [...perimeterIds].sort() };
}
