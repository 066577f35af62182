import type { Kysely } from 'kysely';
import type { DemographyDatabase } from '../demography-schema';
import type { ImportSink, KeptSituation } from './rpps-import';

export type TenantWork = <T>(work: (db: Kysely<DemographyDatabase>) => Promise<T>) => Promise<T>;

const REWEIGH_CHUNK = 1000;

/**
 * Writes kept rows into a snapshot, each batch with the snapshot's progress in
 * its own transaction (the job) or all in the caller's (the demo seed).
 */
export function situationSink(run: TenantWork, tenantId: string, snapshotId: string, bytesRead: () => number): ImportSink {
  return {
    async write(rows, { counts }) {
      await run(async (db) => {
        await db.insertInto('demographySituation').values(rows.map((row) => situationRow(tenantId, snapshotId, row))).execute();
        await db
          .updateTable('demographySnapshot')
          .set({ bytesRead: bytesRead(), counts: JSON.stringify(counts) })
          .where('id', '=', snapshotId)
          .execute();
      });
    },
    async reweigh(weights) {
      const entries = [...weights];
      await run(async (db) => {
        for (let i = 0; i < entries.length; i += REWEIGH_CHUNK) {
          for (const [weight, ids] of groupByWeight(entries.slice(i, i + REWEIGH_CHUNK))) {
            await db.updateTable('demographySituation').set({ weight }).where('snapshotId', '=', snapshotId).where('nationalId', 'in', ids).execute();
          }
        }
      });
    },
  };
}

function groupByWeight(entries: readonly [string, number][]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const [id, weight] of entries) groups.set(weight, [...(groups.get(weight) ?? []), id]);
  return groups;
}

function situationRow(tenantId: string, snapshotId: string, { lineNumber, situation: s, communeCode, resolvedBy, weight }: KeptSituation) {
  return {
    tenantId,
    snapshotId,
    lineNumber,
    nationalId: s.nationalId,
    idType: s.idType,
    lastName: s.lastName,
    firstName: s.firstName,
    professionCode: s.professionCode,
    professionLabel: s.professionLabel,
    specialtyCode: s.specialtyCode,
    specialtyLabel: s.specialtyLabel,
    mode: s.mode,
    siret: s.siret,
    finess: s.finess,
    structureId: s.structureId,
    structureName: s.structureName,
    sectorCode: s.sectorCode,
    sectorLabel: s.sectorLabel,
    postalCode: s.postalCode,
    communeCode,
    communeLabel: s.communeLabel,
    resolvedBy,
    weight,
  };
}
