import { demoCabinets } from './cabinets';
import { cohort, departureOf } from './cohort';
import { demoDepartement, isKnownDepartement, type DemoDepartement } from './demo-geography';
import { communePickers, demoProfessional, type DemoDepartementContext } from './demo-professional';
import { DEMO_PROFESSIONS } from './demo-professions';
import { demoEstablishments } from './establishments';
import { RPPS_HEADER_LINE, rppsRowLine } from './rpps-row';
import { mixSeed } from './seeded-random';

export interface DemoRppsOptions {
  departements: readonly string[];
  seed: number;
  /** 0 = first extract, 1 = a year later… */
  edition: number;
  /** Multiplies headcounts; 1 by default. */
  scale?: number;
}

/** Editions are yearly December extracts, the first one in 2024. */
const FIRST_EXTRACT_YEAR = 2024;

/** ISO date of an edition's extract: '2024-12-01' for 0, '2025-12-01' for 1… */
export function demoExtractDate(edition: number): string {
  assertEdition(edition);
  return `${FIRST_EXTRACT_YEAR + edition}-12-01`;
}

/**
 * A fictitious extract in the format of the RPPS open data file `PS_LibreAcces_Personne_activite`
 * (52-column 2021 header, `|`-separated, trailing `|`): the header, then one line per practice
 * situation. Deterministic: the same options always give the same lines; a professional keeps
 * their identifier from one edition to the next.
 */
export function* generateRppsLines(options: DemoRppsOptions): Generator<string> {
  const scale = options.scale ?? 1;
  assertOptions(options, scale);
  const { edition } = options;
  // Every random stream is keyed by 32-bit integers: fold the whole seed into one.
  const seed = mixSeed(options.seed >>> 0, Math.floor(options.seed / 2 ** 32) >>> 0);
  yield RPPS_HEADER_LINE;
  for (const code of [...new Set(options.departements)].sort()) {
    const departement = demoDepartement(code);
    const context = departementContext(departement, seed);
    for (const [professionIndex, profession] of DEMO_PROFESSIONS.entries()) {
      const key = { seed, departementOrdinal: departement.ordinal, professionIndex };
      const professionals = cohort(key, (profession.density * departement.population * scale) / 100_000);
      const size = professionals.sizeAt(edition);
      for (let index = 0; index < size; index++) {
        const arrival = professionals.arrivalOf(index);
        if (departureOf(key, index, arrival) <= edition) continue;
        const professional = demoProfessional(context, profession, professionIndex, index, arrival > 0);
        for (const site of professional.sites) yield rppsRowLine(professional, site);
      }
    }
  }
}

function departementContext(departement: DemoDepartement, seed: number): DemoDepartementContext {
  return {
    seed,
    departement,
    establishments: demoEstablishments(departement, seed),
    cabinets: demoCabinets(departement, seed),
    communePicker: communePickers(departement),
  };
}

function assertOptions(options: DemoRppsOptions, scale: number) {
  if (options.departements.length === 0) throw new RangeError('At least one département is needed');
  const unknown = options.departements.filter((code) => !isKnownDepartement(code));
  if (unknown.length > 0) throw new RangeError(`Unknown départements: ${unknown.join(', ')}`);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`The seed must be an integer, not ${options.seed}`);
  assertEdition(options.edition);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`The scale must be a positive number, not ${scale}`);
}

function assertEdition(edition: number) {
  if (!Number.isInteger(edition) || edition < 0 || edition > 100) throw new RangeError(`The edition must be an integer from 0 to 100, not ${edition}`);
}
