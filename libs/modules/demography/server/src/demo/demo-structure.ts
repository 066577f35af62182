import type { DemoCommune } from './demo-geography';
import type { SeededRandom } from './seeded-random';

export interface Sector {
  code: string;
  label: string;
}

/** "Secteur d'activité" of the RPPS nomenclature (ANS TRE_R02); labels as printed in the extract. */
export const SECTORS = {
  publicHospital: { code: 'SA01', label: 'Etablissement Public de santé' },
  privateClinic: { code: 'SA04', label: 'Etab. Privé Non PSPH' },
  healthCentre: { code: 'SA05', label: 'Centre de santé' },
  individualCabinet: { code: 'SA07', label: 'Cabinet individuel' },
  groupCabinet: { code: 'SA08', label: 'Cabinet de groupe' },
  disabilityCare: { code: 'SA16', label: 'Etab. pour Handicapés' },
  laboratory: { code: 'SA25', label: 'Laboratoire de biologie médicale (LBM)' },
  officine: { code: 'SA33', label: "Pharmacie d'officine" },
} as const satisfies Record<string, Sector>;

export interface DemoAddress {
  streetNumber: string;
  repetition: string;
  streetTypeCode: string;
  streetTypeLabel: string;
  streetName: string;
  distribution: string;
  /** "Bureau cedex" line: postcode and town in capitals, e.g. "55100 VERDUN", "55300 ST MIHIEL". */
  cedexLine: string;
  postalCode: string;
  /** Empty on many real rows (cabinets mostly): the importer then resolves the commune by postcode and town. */
  communeCode: string;
  communeLabel: string;
}

/** A practice site as the extract describes it: identifiers, sector and coordinates. */
export interface DemoStructure {
  commune: DemoCommune;
  sector: Sector;
  name: string;
  tradeName: string;
  siret: string;
  siren: string;
  finess: string;
  legalFiness: string;
  technicalId: string;
  formerId: string;
  address: DemoAddress;
}

const STREET_TYPES = [
  { code: 'R', label: 'Rue', weight: 45 },
  { code: 'AV', label: 'Avenue', weight: 15 },
  { code: 'PL', label: 'Place', weight: 10 },
  { code: 'RTE', label: 'Route', weight: 8 },
  { code: 'BD', label: 'Boulevard', weight: 6 },
  { code: 'CHE', label: 'Chemin', weight: 6 },
  { code: 'ALL', label: 'Allée', weight: 6 },
  { code: 'IMP', label: 'Impasse', weight: 4 },
];
const STREET_TYPE_TOTAL = STREET_TYPES.reduce((sum, t) => sum + t.weight, 0);

const STREET_NAMES = [
  'DE LA GARE', 'DE LA REPUBLIQUE', 'DES ECOLES', 'DU MOULIN', "DE L'EGLISE", 'DES LILAS', 'DU STADE', 'PRINCIPALE', 'DU CHATEAU',
  'DES VIGNES', 'DE LA LIBERATION', 'DU 8 MAI 1945', 'DU 11 NOVEMBRE', 'DE LA MAIRIE', 'DES TILLEULS', 'DU COMMERCE', 'DE LA FONTAINE',
  'DES JARDINS', 'DU PARC', 'DE LA PAIX', 'DES PRES', 'DU CENTRE', 'DES ACACIAS', 'DU LAVOIR', 'DES MARRONNIERS', 'DU PONT',
  'DES CHAMPS', 'DE LA FORET', 'DU CANAL', 'DES PEUPLIERS', 'DE LA POSTE', "DE L'HOPITAL", 'DU FOUR', 'DES SOURCES',
];

function streetType(random: SeededRandom) {
  let target = random.next() * STREET_TYPE_TOTAL;
  for (const type of STREET_TYPES) {
    target -= type.weight;
    if (target < 0) return type;
  }
  return STREET_TYPES[0] as (typeof STREET_TYPES)[number];
}

export interface AddressOptions {
  withCommuneCode: boolean;
  /** Large establishments often print "CEDEX" and a "BP" box. */
  cedex: boolean;
}

export function demoAddress(random: SeededRandom, commune: DemoCommune, options: AddressOptions): DemoAddress {
  const type = streetType(random);
  const numbered = random.chance(0.85);
  const postalCode = random.pick(commune.postalCodes);
  return {
    streetNumber: numbered ? String(1 + random.int(random.chance(0.7) ? 40 : 180)) : '',
    repetition: numbered && random.chance(0.04) ? 'B' : '',
    streetTypeCode: type.code,
    streetTypeLabel: type.label,
    streetName: random.pick(STREET_NAMES),
    distribution: options.cedex ? `BP ${10 + random.int(890)}` : '',
    cedexLine: `${postalCode} ${commune.postalTown}${options.cedex ? ' CEDEX' : ''}`,
    postalCode,
    communeCode: options.withCommuneCode ? commune.code : '',
    communeLabel: options.withCommuneCode ? commune.name : '',
  };
}

export function digits(value: number, length: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 10 ** length) throw new RangeError(`${value} does not fit in ${length} digits`);
  return String(value).padStart(length, '0');
}
