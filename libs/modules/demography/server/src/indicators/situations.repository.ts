import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { CountedSituation, IndicatorSubject, PracticeMode, Presence } from '@ancrage/demography-domain';
import type { DemographyDatabase } from '../demography-schema';

type SituationQuery<O> = SelectQueryBuilder<DemographyDatabase, 'demographySituation', O>;

/** Rows of the subject (a profession, or general practice) in a snapshot, placed in a commune. */
export function ofSubject<O>(query: SituationQuery<O>, snapshotId: string, subject: IndicatorSubject): SituationQuery<O> {
  let scoped = query.where('snapshotId', '=', snapshotId).where('professionCode', '=', subject.professionCode).where('communeCode', 'is not', null);
  if (subject.specialtyCodes) scoped = scoped.where('specialtyCode', 'in', [...subject.specialtyCodes]);
  return scoped;
}

export async function countedSituations(db: Kysely<DemographyDatabase>, snapshotId: string, subject: IndicatorSubject): Promise<CountedSituation[]> {
  const rows = await ofSubject(db.selectFrom('demographySituation').select(['communeCode', 'nationalId', 'weight', 'mode']), snapshotId, subject).execute();
  return rows.map((r) => ({ communeCode: r.communeCode as string, nationalId: r.nationalId, weight: r.weight, mode: r.mode as PracticeMode | null }));
}

export async function presences(db: Kysely<DemographyDatabase>, snapshotId: string, subject: IndicatorSubject): Promise<Presence[]> {
  const rows = await ofSubject(db.selectFrom('demographySituation').select(['communeCode', 'nationalId']), snapshotId, subject).execute();
  return rows.map((r) => ({ communeCode: r.communeCode as string, nationalId: r.nationalId }));
}

/** Weighted headcount (FTE) per commune: the supply of the accessibility indicator. */
export async function supplyByCommune(db: Kysely<DemographyDatabase>, snapshotId: string, subject: IndicatorSubject): Promise<Map<string, number>> {
  const rows = await ofSubject(db.selectFrom('demographySituation').select((eb) => ['communeCode', eb.fn.sum<number>('weight').as('fte')]), snapshotId, subject)
    .groupBy('communeCode')
    .execute();
  return new Map(rows.map((r) => [r.communeCode as string, Number(r.fte)]));
}
