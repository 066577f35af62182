import type { Kysely } from 'kysely';
import type { DemographyDatabase } from '../demography-schema';

export function listReferenceValues(db: Kysely<DemographyDatabase>) {
  return db
    .selectFrom('demographyReferenceValue')
    .select(['id', 'subject', 'level', 'densityPer100k', 'source', 'year'])
    .orderBy('subject')
    .orderBy('level')
    .orderBy('year', 'desc')
    .execute();
}
