import type { Kysely } from 'kysely';
import { studyAreaDepartements } from '@ancrage/demography-domain';
import type { DemographyDatabase } from '../demography-schema';
import { demoExtractDate, generateRppsLines } from '../demo';
import { importLinesAsSnapshot } from '../import/import-lines';
import { readySnapshots } from '../snapshots/snapshots.repository';

const DEMO_EDITIONS = [0, 1];

async function* asAsync(lines: Iterable<string>): AsyncGenerator<string> {
  yield* lines;
}

/** A seed per département, so each demo tenant gets its own fictitious professionals. */
const seedOf = (departementCode: string) => [...departementCode].reduce((seed, char) => seed * 31 + char.charCodeAt(0), 7);

/**
 * Two fictitious RPPS extracts a year apart for the département and its
 * neighbours, loaded through the same importer as a real file. Idempotent:
 * a tenant that already has snapshots is left alone.
 */
export async function seedDemoSnapshots(db: Kysely<DemographyDatabase>, tenantId: string, departementCode: string) {
  if ((await readySnapshots(db)).length > 0) return;
  const departements = studyAreaDepartements(departementCode);
  for (const edition of DEMO_EDITIONS) {
    const extractedOn = demoExtractDate(edition);
    const lines = generateRppsLines({ departements, seed: seedOf(departementCode), edition });
    await importLinesAsSnapshot(db, tenantId, asAsync(lines), { extractedOn, fileName: `demo-rpps-${extractedOn}.txt`, fictitious: true });
  }
}
