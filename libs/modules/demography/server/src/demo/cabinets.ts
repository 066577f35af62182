import type { DemoCommune, DemoDepartement } from './demo-geography';
import { SECTORS, demoAddress, digits, type DemoStructure } from './demo-structure';
import { seededRandom, unitHash } from './seeded-random';
import { STREAM } from './stream-tags';
import { mspName, placeNamed } from './structure-names';

/** Share of cabinets whose rows carry the commune code; the others only have postcode and "bureau cedex" town, as most real cabinets. */
const CABINET_COMMUNE_CODE_SHARE = 0.1;

export interface DemoCabinets {
  /** Group practices of one profession in the commune (more in larger towns). */
  groupSlots(commune: DemoCommune): number;
  group(professionIndex: number, cabinetLabel: string, commune: DemoCommune, slot: number): DemoStructure;
  /** Maisons de santé pluriprofessionnelles of the commune: none in most communes. */
  mspSlots(commune: DemoCommune): number;
  msp(commune: DemoCommune, slot: number): DemoStructure;
  /** A professional's own cabinet; `site` 0 or 1 for the second practice site. */
  individual(professionIndex: number, cabinetLabel: string, professionalIndex: number, site: number, commune: DemoCommune): DemoStructure;
}

/** Liberal cabinets of a département: structures are built on first use and shared by their members. */
export function demoCabinets(departement: DemoDepartement, seed: number): DemoCabinets {
  const groupSlots = (commune: DemoCommune) => 1 + Math.floor(commune.population / 2_500);
  const mspSlots = (commune: DemoCommune) =>
    commune.population >= 1_000 && unitHash(seed, STREAM.mspPresence, departement.ordinal, commune.ordinal) < 0.35 ? 1 + Math.floor(commune.population / 60_000) : 0;
  const groupOffsets = offsets(departement.communes, groupSlots);
  const mspOffsets = offsets(departement.communes, mspSlots);
  const built = new Map<string, DemoStructure>();
  const dep = digits(departement.ordinal, 3);

  function cabinet(key: string, build: () => DemoStructure): DemoStructure {
    let structure = built.get(key);
    if (!structure) {
      structure = build();
      built.set(key, structure);
    }
    return structure;
  }

  function structure(id: string, commune: DemoCommune, name: string, sector: DemoStructure['sector'], randomKey: number[]): DemoStructure {
    const random = seededRandom(seed, ...randomKey);
    return {
      commune,
      sector,
      name,
      tradeName: name,
      siret: '',
      siren: '',
      finess: '',
      legalFiness: '',
      technicalId: `C${id}`,
      formerId: `0${id}`,
      address: demoAddress(random, commune, { withCommuneCode: random.chance(CABINET_COMMUNE_CODE_SHARE), cedex: false }),
    };
  }

  return {
    groupSlots,
    mspSlots,
    group(professionIndex, cabinetLabel, commune, slot) {
      const serial = (groupOffsets[commune.ordinal] ?? 0) + slot;
      return cabinet(`g${professionIndex}:${serial}`, () => {
        const start = Math.floor(unitHash(seed, STREAM.groupCabinetName, departement.ordinal, commune.ordinal, professionIndex) * 1000);
        return structure(`2${dep}${professionIndex}${digits(serial, 6)}`, commune, placeNamed(cabinetLabel, start, slot), SECTORS.groupCabinet, [STREAM.groupCabinetDetails, departement.ordinal, professionIndex, serial]);
      });
    },
    msp(commune, slot) {
      const serial = (mspOffsets[commune.ordinal] ?? 0) + slot;
      return cabinet(`m${serial}`, () => {
        const start = Math.floor(unitHash(seed, STREAM.mspName, departement.ordinal, commune.ordinal) * 1000);
        return structure(`3${dep}0${digits(serial, 6)}`, commune, mspName(commune.name, start, slot), SECTORS.groupCabinet, [STREAM.mspDetails, departement.ordinal, serial]);
      });
    },
    individual(professionIndex, cabinetLabel, professionalIndex, site, commune) {
      const key = [STREAM.individualCabinetDetails, departement.ordinal, professionIndex, professionalIndex, site];
      const named = unitHash(seed, ...key) < 0.5;
      const name = named ? placeNamed(cabinetLabel, Math.floor(unitHash(seed, STREAM.individualCabinetName, ...key) * 1000), 0) : cabinetLabel;
      return structure(`${site === 0 ? 1 : 4}${dep}${professionIndex}${digits(professionalIndex, 6)}`, commune, name, SECTORS.individualCabinet, key);
    },
  };
}

/** Running totals so that each (commune, slot) gets its own serial number within the département. */
function offsets(communes: readonly DemoCommune[], slots: (commune: DemoCommune) => number): number[] {
  const result: number[] = [];
  let total = 0;
  for (const commune of communes) {
    result[commune.ordinal] = total;
    total += slots(commune);
  }
  return result;
}
