import type { DemoCabinets } from './cabinets';
import type { DemoCommune, DemoDepartement } from './demo-geography';
import type { DemoProfession, ProfessionProfile } from './demo-professions';
import type { DemoStructure } from './demo-structure';
import type { EstablishmentsOfKind, FinessKind } from './establishments';
import { adeliNumber, rppsNumber } from './professional-identifiers';
import { fictitiousPerson, type FictitiousPerson } from './fictitious-names';
import type { Savoirfaire } from './medical-specialties';
import type { Concentration, ModeCode, PharmacistSection, PracticeOption } from './practice';
import { seededRandom, type SeededRandom } from './seeded-random';
import { STREAM } from './stream-tags';
import { weightedPicker, type WeightedPicker } from './weighted-picker';

const TWO_SITES_SHARE = 0.055;
const WITHOUT_ADDRESS_SHARE = 0.005;
/** Half the liberal professionals of a village with a maison de santé work there; in towns a smaller share, so that an MSP keeps a team's size. */
const mspMemberShare = (commune: DemoCommune) => 0.5 * Math.min(1, 5_000 / commune.population);
const SECOND_SITE_NEARBY_SHARE = 0.75;
/** Newcomers settle a little more in larger towns. */
const NEWCOMER_EXTRA_CONCENTRATION = 0.15;

export interface DemoSite {
  mode: ModeCode;
  structure: DemoStructure | null;
  pharmacistSection: PharmacistSection | null;
}

export interface DemoProfessional {
  profession: DemoProfession;
  /** "Type d'identifiant PP": 8 RPPS, 0 ADELI. */
  identifierType: '8' | '0';
  identifier: string;
  person: FictitiousPerson;
  savoirfaire: Savoirfaire | null;
  sites: readonly DemoSite[];
}

/** What the professionals of one département share: its geography and structures. */
export interface DemoDepartementContext {
  seed: number;
  departement: DemoDepartement;
  establishments: Record<FinessKind, EstablishmentsOfKind>;
  cabinets: DemoCabinets;
  communePicker(concentration: Concentration, newcomer: boolean): WeightedPicker<DemoCommune>;
}

export function communePickers(departement: DemoDepartement): DemoDepartementContext['communePicker'] {
  const pickers = new Map<string, WeightedPicker<DemoCommune>>();
  return ({ exponent, minPopulation }, newcomer) => {
    const key = `${exponent}:${minPopulation}:${newcomer}`;
    let picker = pickers.get(key);
    if (!picker) {
      // Weight rising faster than population: towns get most practices, many villages none.
      const power = exponent + (newcomer ? NEWCOMER_EXTRA_CONCENTRATION : 0);
      picker = weightedPicker(departement.communes, (c) => (c.population >= minPopulation ? c.population ** power : 0));
      if (picker.size === 0) picker = weightedPicker(departement.communes, (c) => c.population ** power);
      pickers.set(key, picker);
    }
    return picker;
  };
}

/** One professional, entirely determined by the seed, the département, the profession and their index in the cohort. */
export function demoProfessional(context: DemoDepartementContext, profession: DemoProfession, professionIndex: number, index: number, newcomer: boolean): DemoProfessional {
  const key = [context.departement.ordinal, professionIndex, index];
  const identity = seededRandom(context.seed, STREAM.identity, ...key);
  const profile = pickWeighted(identity, profession.profiles, (p) => p.weight);
  const savoirfaire = profile.savoirfaire.length > 0 ? pickWeighted(identity, profile.savoirfaire, (s) => s.share) : null;
  const person = fictitiousPerson(identity, profession.womenShare);
  const rpps = identity.chance(profession.rppsShare);
  return {
    profession,
    identifierType: rpps ? '8' : '0',
    identifier: rpps ? rppsNumber(context.departement, professionIndex, index) : adeliNumber(context.departement, profession.code, index),
    person,
    savoirfaire: savoirfaire ? { code: savoirfaire.code, label: savoirfaire.label } : null,
    sites: practiceSites(context, profession, professionIndex, profile, index, newcomer, seededRandom(context.seed, STREAM.practice, ...key)),
  };
}

function practiceSites(
  context: DemoDepartementContext,
  profession: DemoProfession,
  professionIndex: number,
  profile: ProfessionProfile,
  index: number,
  newcomer: boolean,
  random: SeededRandom,
): DemoSite[] {
  const practice = pickWeighted(random, profile.practices, (p) => p.share);
  const site = (structure: DemoStructure | null): DemoSite => ({ mode: practice.mode, structure, pharmacistSection: practice.pharmacistSection ?? null });
  if (random.chance(WITHOUT_ADDRESS_SHARE)) return [site(null)];
  const place = (commune: DemoCommune, siteIndex: number) => cabinetIn(context, profession, professionIndex, profile, index, siteIndex, commune, random);
  if (practice.kind === 'cabinet') {
    const commune = context.communePicker(profile.concentration, newcomer).pick(random);
    const sites = [site(place(commune, 0))];
    if (random.chance(TWO_SITES_SHARE)) {
      const other = secondCommune(context, profile.concentration, commune, random);
      if (other) sites.push(site(place(other, 1)));
    }
    return sites;
  }
  const establishments = establishmentsFor(context, practice);
  const first = establishments.picker.pick(random);
  const sites = [site(first)];
  if (random.chance(TWO_SITES_SHARE)) {
    const second = secondEstablishment(context, establishments, first, random);
    if (second) sites.push(site(second));
  }
  return sites;
}

/** A liberal professional works in a maison de santé, a group cabinet or alone. */
function cabinetIn(
  context: DemoDepartementContext,
  profession: DemoProfession,
  professionIndex: number,
  profile: ProfessionProfile,
  index: number,
  siteIndex: number,
  commune: DemoCommune,
  random: SeededRandom,
): DemoStructure {
  const { cabinets } = context;
  const mspSlots = cabinets.mspSlots(commune);
  if (profession.joinsMsp && mspSlots > 0 && random.chance(mspMemberShare(commune))) return cabinets.msp(commune, random.int(mspSlots));
  if (random.chance(profile.groupShare)) return cabinets.group(professionIndex, profession.cabinetLabel, commune, random.int(cabinets.groupSlots(commune)));
  return cabinets.individual(professionIndex, profession.cabinetLabel, index, siteIndex, commune);
}

/** Usually a commune of the same intercommunalité; never the first one. */
function secondCommune(context: DemoDepartementContext, concentration: Concentration, first: DemoCommune, random: SeededRandom): DemoCommune | null {
  const neighbours = context.departement.neighboursOf(first);
  if (neighbours.length > 0 && random.chance(SECOND_SITE_NEARBY_SHARE)) return weightedPicker(neighbours, (c) => c.population).pick(random);
  return drawOtherThan(first, () => context.communePicker(concentration, false).pick(random));
}

/** Usually another site of the same kind nearby (same commune or intercommunalité); never the first one. */
function secondEstablishment(context: DemoDepartementContext, establishments: EstablishmentsOfKind, first: DemoStructure, random: SeededRandom): DemoStructure | null {
  const nearby = [first.commune, ...context.departement.neighboursOf(first.commune)].flatMap((c) => establishments.inCommune(c)).filter((s) => s !== first);
  if (nearby.length > 0 && random.chance(SECOND_SITE_NEARBY_SHARE)) return random.pick(nearby);
  return drawOtherThan(first, () => establishments.picker.pick(random));
}

/** A few draws to find something else; null where the first is (nearly) the only choice. */
function drawOtherThan<T>(first: T, draw: () => T): T | null {
  for (let attempt = 0; attempt < 5; attempt++) {
    const other = draw();
    if (other !== first) return other;
  }
  return null;
}

/** Small départements may lack clinics or centres: their staff then work at the hospital. */
function establishmentsFor(context: DemoDepartementContext, practice: PracticeOption): EstablishmentsOfKind {
  const kind: FinessKind = practice.kind === 'cabinet' ? 'hospital' : practice.kind;
  const wanted = context.establishments[kind];
  return wanted.picker.size > 0 ? wanted : context.establishments.hospital;
}

function pickWeighted<T>(random: SeededRandom, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let target = random.next() * total;
  for (const item of items) {
    target -= weight(item);
    if (target < 0) return item;
  }
  return items[items.length - 1] as T;
}
