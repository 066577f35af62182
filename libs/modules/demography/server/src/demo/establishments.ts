import type { DemoCommune, DemoDepartement } from './demo-geography';
import { SECTORS, demoAddress, digits, type DemoStructure, type Sector } from './demo-structure';
import type { PracticeKind } from './practice';
import { seededRandom, unitHash } from './seeded-random';
import { STREAM } from './stream-tags';
import { clinicName, disabilityCareName, healthCentreName, hospitalName, laboratoryName, placeNamed } from './structure-names';
import { weightedPicker, type WeightedPicker } from './weighted-picker';

export type EstablishmentKind = Exclude<PracticeKind, 'cabinet' | 'officine'>;

interface EstablishmentPlan {
  kind: EstablishmentKind | 'officine';
  /** Digit of the fictitious FINESS number after the département code. */
  finessDigit: number;
  sector: Sector;
  /** How many sites the commune has (0 for none). */
  sites(commune: DemoCommune, departement: DemoDepartement, hash: number): number;
  /** Share of the kind's staff working at one site. */
  weight(commune: DemoCommune, departement: DemoDepartement, sites: number): number;
  name(commune: DemoCommune, site: number, hash: number): string;
}

const PLANS: readonly EstablishmentPlan[] = [
  {
    kind: 'hospital',
    finessDigit: 0,
    sector: SECTORS.publicHospital,
    // Préfecture, sous-préfectures and towns; a few smaller "hôpitaux de proximité".
    sites: (c, d, hash) => (d.arrondissementSeats.includes(c) || c.population >= 10_000 || (c.population >= 3_000 && hash < 0.2) ? 1 + Math.floor(c.population / 250_000) : 0),
    weight: (c, d, sites) => (c.population * (c === d.prefecture ? 2 : d.arrondissementSeats.includes(c) ? 1.4 : 1)) / sites,
    name: (c, site) => hospitalName(c.name, c.population, site),
  },
  {
    kind: 'clinic',
    finessDigit: 1,
    sector: SECTORS.privateClinic,
    sites: (c, d) => (c.population >= 15_000 || c === d.prefecture ? 1 + Math.floor(c.population / 100_000) : 0),
    weight: (c, _d, sites) => c.population / sites,
    name: (_c, site, hash) => clinicName(Math.floor(hash * 1000), site),
  },
  {
    kind: 'healthCentre',
    finessDigit: 2,
    sector: SECTORS.healthCentre,
    sites: (c, _d, hash) => (c.population >= 20_000 ? 1 + Math.floor(c.population / 50_000) : c.population >= 2_000 && hash < 0.25 ? 1 : 0),
    weight: (c, _d, sites) => Math.sqrt(c.population / sites),
    name: (c, site, hash) => healthCentreName(c.name, Math.floor(hash * 1000), site),
  },
  {
    kind: 'disabilityCare',
    finessDigit: 3,
    sector: SECTORS.disabilityCare,
    sites: (c, _d, hash) => (c.population >= 10_000 ? 1 + Math.floor(c.population / 80_000) : c.population >= 1_500 && hash < 0.3 ? 1 : 0),
    weight: () => 1,
    name: (_c, site, hash) => disabilityCareName(Math.floor(hash * 1000), site),
  },
  {
    kind: 'laboratory',
    finessDigit: 4,
    sector: SECTORS.laboratory,
    sites: (c) => (c.population >= 5_000 ? 1 + Math.floor(c.population / 40_000) : 0),
    weight: (c, _d, sites) => c.population / sites,
    name: (c, site) => laboratoryName(c.name, site),
  },
  {
    kind: 'officine',
    finessDigit: 5,
    sector: SECTORS.officine,
    // About one pharmacy per 3 500 inhabitants in towns, and some in large villages.
    sites: (c, _d, hash) => (c.population >= 2_500 ? Math.max(1, Math.round(c.population / 3_500)) : c.population >= 600 && hash < c.population / 3_000 ? 1 : 0),
    weight: () => 1,
    name: (_c, site, hash) => placeNamed('PHARMACIE', Math.floor(hash * 1000), site),
  },
];

export type FinessKind = EstablishmentKind | 'officine';

export interface EstablishmentsOfKind {
  /** Draws a site in proportion to its share of the kind's staff. */
  picker: WeightedPicker<DemoStructure>;
  inCommune(commune: DemoCommune): readonly DemoStructure[];
}

/** The département's FINESS-registered structures (hospitals, clinics, centres, labs, pharmacies), fixed by the seed. */
export function demoEstablishments(departement: DemoDepartement, seed: number): Record<FinessKind, EstablishmentsOfKind> {
  const establishments = {} as Record<FinessKind, EstablishmentsOfKind>;
  for (const plan of PLANS) {
    const sites: { structure: DemoStructure; weight: number }[] = [];
    for (const commune of departement.communes) {
      const hash = unitHash(seed, STREAM.establishmentPresence + plan.finessDigit, departement.ordinal, commune.ordinal);
      const count = plan.sites(commune, departement, hash);
      for (let site = 0; site < count; site++) {
        sites.push({
          structure: finessStructure(plan, departement, commune, site, sites.length, plan.name(commune, site, hash), seed),
          weight: plan.weight(commune, departement, count),
        });
      }
    }
    const byCommune = new Map<DemoCommune, DemoStructure[]>();
    for (const { structure } of sites) {
      const inCommune = byCommune.get(structure.commune);
      if (inCommune) inCommune.push(structure);
      else byCommune.set(structure.commune, [structure]);
    }
    establishments[plan.kind] = {
      picker: weightedPicker(
        sites.map((s) => s.structure),
        (_structure, index) => sites[index]?.weight ?? 0,
      ),
      inCommune: (commune) => byCommune.get(commune) ?? [],
    };
  }
  return establishments;
}

function finessStructure(plan: EstablishmentPlan, departement: DemoDepartement, commune: DemoCommune, site: number, serial: number, name: string, seed: number): DemoStructure {
  const code = departement.code;
  const finess = `${code}${plan.finessDigit}${digits(serial, 8 - code.length)}`;
  const siren = `2${plan.finessDigit}${digits(departement.ordinal, 3)}${digits(commune.ordinal, 4)}`;
  const random = seededRandom(seed, STREAM.establishmentDetails + plan.finessDigit, departement.ordinal, serial);
  return {
    commune,
    sector: plan.sector,
    name,
    tradeName: plan.kind === 'officine' ? name : '',
    siret: `${siren}${digits(site + 1, 5)}`,
    siren,
    finess,
    // Sites of one hospital or one lab share their legal entity.
    legalFiness: plan.kind === 'officine' ? '' : `${code}9${plan.finessDigit}${digits(commune.ordinal, 7 - code.length)}`,
    technicalId: `F${finess}`,
    formerId: `1${finess}`,
    address: demoAddress(random, commune, { withCommuneCode: true, cedex: plan.kind !== 'officine' && commune.population >= 10_000 && random.chance(0.4) }),
  };
}
