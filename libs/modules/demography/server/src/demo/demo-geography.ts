import { createRequire } from 'node:module';
import { postalTownLabel } from './place-labels';

interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}
interface EtalabDepartement {
  code: string;
  nom: string;
  chefLieu: string;
  zone: string;
}
interface EtalabArrondissement {
  departement: string;
  chefLieu: string;
}
interface EtalabEpci {
  code: string;
  membres: { code: string }[];
}

export interface DemoCommune {
  code: string;
  name: string;
  population: number;
  postalCodes: readonly string[];
  /** Town of the "bureau distributeur" line, e.g. "ST MIHIEL". */
  postalTown: string;
  /** Position in the département's communes sorted by code: a small stable number for identifiers. */
  ordinal: number;
  epci: string | null;
}

export interface DemoDepartement {
  code: string;
  name: string;
  /** Position among all départements sorted by code: a small stable number for identifiers. */
  ordinal: number;
  population: number;
  /** Communes that can host a practice: inhabited and with a postcode. */
  communes: readonly DemoCommune[];
  prefecture: DemoCommune;
  /** Préfecture and sous-préfectures: the usual seats of the public hospitals. */
  arrondissementSeats: readonly DemoCommune[];
  /** Other communes of the same intercommunalité (EPCI), for second practice sites nearby. */
  neighboursOf(commune: DemoCommune): readonly DemoCommune[];
}

interface ReferenceData {
  communesByDepartement: Map<string, EtalabCommune[]>;
  departements: EtalabDepartement[];
  seatsByDepartement: Map<string, string[]>;
  epciOfCommune: Map<string, string>;
}

// Loaded on first use only (communes.json is large), synchronously so that generation can stay a plain generator.
let reference: ReferenceData | undefined;

function referenceData(): ReferenceData {
  if (reference) return reference;
  const require = createRequire(import.meta.url);
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as EtalabDepartement[];
  const arrondissements = require('@etalab/decoupage-administratif/data/arrondissements.json') as EtalabArrondissement[];
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[];
  const communesByDepartement = new Map<string, EtalabCommune[]>();
  for (const commune of communes) {
    if (commune.type === 'commune-actuelle' && commune.departement) pushTo(communesByDepartement, commune.departement, commune);
  }
  const seatsByDepartement = new Map<string, string[]>();
  for (const arrondissement of arrondissements) pushTo(seatsByDepartement, arrondissement.departement, arrondissement.chefLieu);
  const epciOfCommune = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);
  reference = {
    communesByDepartement,
    departements: [...departements].sort((a, b) => a.code.localeCompare(b.code)),
    seatsByDepartement,
    epciOfCommune,
  };
  return reference;
}

/** Codes of the metropolitan départements (Corsica included), sorted. */
export function metropolitanDepartementCodes(): string[] {
  return referenceData()
    .departements.filter((d) => d.zone === 'metro')
    .map((d) => d.code);
}

export function isKnownDepartement(code: string): boolean {
  return referenceData().departements.some((d) => d.code === code);
}

/** The official geography of one département (INSEE communes and populations, from @etalab/decoupage-administratif). */
export function demoDepartement(code: string): DemoDepartement {
  const data = referenceData();
  const ordinal = data.departements.findIndex((d) => d.code === code);
  const departement = data.departements[ordinal];
  if (!departement) throw new RangeError(`Unknown département: ${code}`);
  const communes = (data.communesByDepartement.get(code) ?? [])
    .filter((c) => (c.population ?? 0) > 0 && (c.codesPostaux?.length ?? 0) > 0)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(
      (c, index): DemoCommune => ({
        code: c.code,
        name: c.nom,
        population: c.population ?? 0,
        postalCodes: c.codesPostaux ?? [],
        postalTown: postalTownLabel(c.nom),
        ordinal: index,
        epci: data.epciOfCommune.get(c.code) ?? null,
      }),
    );
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const largest = communes.reduce<DemoCommune | undefined>((best, c) => (!best || c.population > best.population ? c : best), undefined);
  const prefecture = byCode.get(departement.chefLieu) ?? largest;
  if (!prefecture) throw new RangeError(`Département without inhabited communes: ${code}`);
  const seats = (data.seatsByDepartement.get(code) ?? []).map((seat) => byCode.get(seat)).filter((c) => c !== undefined);
  const byEpci = new Map<string, DemoCommune[]>();
  for (const commune of communes) if (commune.epci) pushTo(byEpci, commune.epci, commune);
  return {
    code,
    name: departement.nom,
    ordinal,
    population: communes.reduce((sum, c) => sum + c.population, 0),
    communes,
    prefecture,
    arrondissementSeats: seats.includes(prefecture) ? seats : [prefecture, ...seats],
    neighboursOf: (commune) => (commune.epci ? (byEpci.get(commune.epci) ?? []) : []).filter((c) => c !== commune),
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
