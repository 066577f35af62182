import { isDeepStrictEqual } from 'node:util';
import type { IncentivesDb } from '../incentives-db';
import { checkScheme, frozenGeo, type SchemeCheck } from './scheme-checks';
import { insertVersion, lastVersion, storedContent, updateScheme, type SchemeRow } from './schemes.repository';

export type Publication =
  | { outcome: 'published'; version: number; rowVersion: number }
  /** Same content on the same places as the version already published. */
  | { outcome: 'unchanged'; version: number }
  | { outcome: 'refused'; check: SchemeCheck };

/**
 * Publishes a (locked) scheme's draft: refused while it has problems or a test
 * case fails; otherwise its content and the communes of the places it names
 * are frozen as the next version, which the portal shows from now on. An
 * archived scheme whose draft equals its last version comes back without a new one.
 */
export async function publishDraft(db: IncentivesDb, row: SchemeRow, publishedBy: string | null): Promise<Publication> {
  const content = storedContent(row.draft);
  const check = await checkScheme(db, content, row.id);
  if (check.problems.length > 0 || check.testResults.some((result) => !result.passed)) return { outcome: 'refused', check };
  const geo = frozenGeo(check.geo);
  const last = await lastVersion(db, row.id);
  const same = last !== undefined && isDeepStrictEqual(last.content, content) && isDeepStrictEqual(last.geo, geo);
  if (same && row.status === 'published') return { outcome: 'unchanged', version: last.version };
  const version = same ? last.version : await insertVersion(db, { tenantId: row.tenantId, schemeId: row.id, content, geo, publishedBy });
  const updated = await updateScheme(db, row, { status: 'published', publishedVersion: version });
  return { outcome: 'published', version, rowVersion: updated.rowVersion };
}
