import { isDeepStrictEqual } from 'node:util';
import type { Selectable } from 'kysely';
import { schemeContentInput, type GeoSnapshot, type SchemeContent, type SchemeStatus } from '@ancrage/incentives-domain';
import type { IncentivesDb } from '../incentives-db';
import type { IncentivesSchemeTable } from '../incentives-schema';

export type SchemeRow = Selectable<IncentivesSchemeTable>;

/** Stored content went through `schemeContentInput` when written; parsing again types it and fills defaults added since. */
export const storedContent = (value: unknown): SchemeContent => schemeContentInput.parse(value);

export function findScheme(db: IncentivesDb, id: string): Promise<SchemeRow | undefined> {
  return db.selectFrom('incentivesScheme').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the scheme until the transaction ends: saves, publications and archiving go one at a time. */
export function lockScheme(db: IncentivesDb, id: string): Promise<SchemeRow | undefined> {
  return db.selectFrom('incentivesScheme').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function slugTaken(db: IncentivesDb, slug: string): Promise<boolean> {
  return (await db.selectFrom('incentivesScheme').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

/** The ids of the tenant's schemes, to check `local:` references. */
export async function schemeIds(db: IncentivesDb): Promise<Set<string>> {
  return new Set((await db.selectFrom('incentivesScheme').select('id').execute()).map((row) => row.id));
}

/** The last frozen version of a scheme (the one the portal shows while it is published). */
export async function lastVersion(db: IncentivesDb, schemeId: string) {
  const row = await db
    .selectFrom('incentivesSchemeVersion')
    .select(['version', 'content', 'geo', 'publishedAt'])
    .where('schemeId', '=', schemeId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { version: row.version, content: storedContent(row.content), geo: row.geo as GeoSnapshot, publishedAt: row.publishedAt } : undefined;
}

export function versionsOf(db: IncentivesDb, schemeId: string) {
  return db.selectFrom('incentivesSchemeVersion').select(['version', 'publishedAt']).where('schemeId', '=', schemeId).orderBy('version').execute();
}

/** Freezes content and places as the scheme's next version; returns its number. */
export async function insertVersion(db: IncentivesDb, input: { tenantId: string; schemeId: string; content: SchemeContent; geo: GeoSnapshot; publishedBy: string | null }) {
  const previous = await db
    .selectFrom('incentivesSchemeVersion')
    .select((eb) => eb.fn.max('version').as('last'))
    .where('schemeId', '=', input.schemeId)
    .executeTakeFirst();
  const version = Number(previous?.last ?? 0) + 1;
  await db
    .insertInto('incentivesSchemeVersion')
    .values({ tenantId: input.tenantId, schemeId: input.schemeId, version, content: JSON.stringify(input.content), geo: JSON.stringify(input.geo), publishedBy: input.publishedBy })
    .execute();
  return version;
}

/** Whether the draft differs from the last published content (always, before a first publication). */
export const hasUnpublishedChanges = (draft: SchemeContent, published: unknown) => published === null || published === undefined || !isDeepStrictEqual(draft, storedContent(published));

/** The schemes with what lists show: the draft's name and kind, the state of publication, how many applications. */
export async function listSchemes(db: IncentivesDb, status?: SchemeStatus) {
  let query = db
    .selectFrom('incentivesScheme as s')
    .leftJoin('incentivesSchemeVersion as v', (join) => join.onRef('v.tenantId', '=', 's.tenantId').onRef('v.schemeId', '=', 's.id').onRef('v.version', '=', 's.publishedVersion'))
    .select(['s.id', 's.slug', 's.status', 's.draft', 's.publishedVersion', 's.rowVersion', 's.updatedAt', 'v.content'])
    .select((eb) =>
      eb
        .selectFrom('incentivesApplication as a')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('a.tenantId', '=', 's.tenantId')
        .whereRef('a.schemeId', '=', 's.id')
        .as('applicationCount'),
    );
  if (status) query = query.where('s.status', '=', status);
  const rows = await query.orderBy('s.slug').execute();
  return rows.map((row) => {
    const draft = storedContent(row.draft);
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      name: draft.name,
      kind: draft.kind,
      publishedVersion: row.publishedVersion,
      hasUnpublishedChanges: hasUnpublishedChanges(draft, row.content),
      rowVersion: row.rowVersion,
      updatedAt: row.updatedAt,
      applicationCount: Number(row.applicationCount ?? 0),
    };
  });
}

/** Moves the optimistic version on: every change of the scheme row goes through here. */
export async function updateScheme(db: IncentivesDb, row: SchemeRow, values: { draft?: SchemeContent; status?: SchemeStatus; publishedVersion?: number }) {
  const updated = await db
    .updateTable('incentivesScheme')
    .set({
      ...(values.draft ? { draft: JSON.stringify(values.draft) } : {}),
      ...(values.status ? { status: values.status } : {}),
      ...(values.publishedVersion !== undefined ? { publishedVersion: values.publishedVersion } : {}),
      rowVersion: row.rowVersion + 1,
      updatedAt: new Date(),
    })
    .where('id', '=', row.id)
    .where('rowVersion', '=', row.rowVersion)
    .returning(['rowVersion', 'status', 'publishedVersion'])
    .executeTakeFirstOrThrow();
  return updated;
}
