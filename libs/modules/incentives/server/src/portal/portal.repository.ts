import type { GeoSnapshot, SchemeContent, SchemeReference } from '@ancrage/incentives-domain';
import type { IncentivesDb } from '../incentives-db';
import { storedContent } from '../schemes/schemes.repository';

export interface PublishedScheme {
  reference: SchemeReference;
  slug: string;
  version: number;
  content: SchemeContent;
  geo: GeoSnapshot;
}

/** Published schemes as the public sees them: their current version only, never the draft. */
export async function publishedSchemes(db: IncentivesDb, slug?: string): Promise<PublishedScheme[]> {
  let query = db
    .selectFrom('incentivesScheme as s')
    .innerJoin('incentivesSchemeVersion as v', (join) => join.onRef('v.tenantId', '=', 's.tenantId').onRef('v.schemeId', '=', 's.id').onRef('v.version', '=', 's.publishedVersion'))
    .select(['s.id', 's.slug', 'v.version', 'v.content', 'v.geo'])
    .where('s.status', '=', 'published');
  if (slug !== undefined) query = query.where('s.slug', '=', slug);
  const rows = await query.orderBy('s.slug').execute();
  return rows.map((row) => ({ reference: `local:${row.id}` as SchemeReference, slug: row.slug, version: row.version, content: storedContent(row.content), geo: row.geo as GeoSnapshot }));
}
