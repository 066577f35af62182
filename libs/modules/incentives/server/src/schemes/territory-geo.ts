import type { GeoSnapshot } from '@ancrage/incentives-domain';
import { territoryService } from '@ancrage/territory-domain';
import type { IncentivesDb } from '../incentives-db';

export interface GeoReferences {
  communes: readonly string[];
  epcis: readonly string[];
  perimeterIds: readonly string[];
}

export interface TerritoryCommune {
  code: string;
  name: string;
  epciCode: string | null;
}

const territoryCommunes = (db: IncentivesDb): Promise<TerritoryCommune[]> => territoryService(db).communes();
const territoryEpcis = (db: IncentivesDb) => territoryService(db).epcis();

/** A commune picker's matches, by name, code or postal code. */
export const searchTerritoryCommunes = (db: IncentivesDb, search: string, limit: number) => territoryService(db).searchCommunes(search, limit);

/** What the pickers of the scheme editor offer: communes (with their EPCI), EPCIs and perimeters. */
export async function territoryChoices(db: IncentivesDb) {
  const [communes, epcis, perimeters] = await Promise.all([territoryCommunes(db), territoryEpcis(db), territoryService(db).perimeters()]);
  return { communes, epcis, perimeters };
}

/**
 * The GeoSnapshot of the places a scheme names: the communes of each known
 * perimeter and EPCI (unknown ones are left out, so the rules engine reports
 * them), and, when `withKnownCommunes`, every commune of the tenant.
 */
export async function resolveGeo(db: IncentivesDb, references: GeoReferences, options: { withKnownCommunes: boolean }): Promise<GeoSnapshot> {
  const service = territoryService(db);
  const needsCommunes = options.withKnownCommunes || references.epcis.length > 0;
  const [perimeters, communes] = await Promise.all([references.perimeterIds.length > 0 ? service.perimeters() : [], needsCommunes ? territoryCommunes(db) : []]);
  const known = new Set(perimeters.map((perimeter) => perimeter.id));
  const snapshot: { perimeters: Record<string, string[]>; epcis: Record<string, string[]>; knownCommunes?: string[] } = { perimeters: {}, epcis: {} };
  for (const id of [...new Set(references.perimeterIds)].sort()) {
    if (known.has(id)) snapshot.perimeters[id] = (await service.communesOfPerimeter(id)).sort();
  }
  const epcis = new Set(references.epcis);
  for (const commune of communes) {
    if (commune.epciCode && epcis.has(commune.epciCode)) (snapshot.epcis[commune.epciCode] ??= []).push(commune.code);
  }
  for (const codes of Object.values(snapshot.epcis)) codes.sort();
  if (options.withKnownCommunes) snapshot.knownCommunes = communes.map((commune) => commune.code).sort();
  return snapshot;
}

/** Names of the places a scheme names, for people to read its rules (unknown ones are absent). */
export async function placeNames(db: IncentivesDb, references: GeoReferences) {
  const wanted = { communes: new Set(references.communes), epcis: new Set(references.epcis), perimeters: new Set(references.perimeterIds) };
  const [perimeters, epcis, communes] = await Promise.all([
    wanted.perimeters.size > 0 ? territoryService(db).perimeters() : [],
    wanted.epcis.size > 0 ? territoryEpcis(db) : [],
    wanted.communes.size > 0 ? territoryCommunes(db) : [],
  ]);
  return {
    perimeters: Object.fromEntries(perimeters.filter((p) => wanted.perimeters.has(p.id)).map((p) => [p.id, p.name])),
    epcis: Object.fromEntries(epcis.filter((e) => wanted.epcis.has(e.code)).map((e) => [e.code, e.name])),
    communes: Object.fromEntries(communes.filter((c) => wanted.communes.has(c.code)).map((c) => [c.code, c.name])),
  } as { perimeters: Record<string, string>; epcis: Record<string, string>; communes: Record<string, string> };
}
export type PlaceNames = Awaited<ReturnType<typeof placeNames>>;
