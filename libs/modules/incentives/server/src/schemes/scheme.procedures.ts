import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { incentivesModule } from '@ancrage/incentives-domain';
import { incentivesDb, type IncentivesDb } from '../incentives-db';
import { publishDraft } from './publication';
import { checkScheme, refusalReasons } from './scheme-checks';
import { createSchemeInput, saveSchemeDraftInput, schemeGeoInput, schemeIdInput, schemeListInput, schemeVersionedInput } from './scheme.schema';
import { findScheme, hasUnpublishedChanges, lastVersion, listSchemes, lockScheme, slugTaken, storedContent, updateScheme, versionsOf } from './schemes.repository';
import { resolveGeo, territoryChoices } from './territory-geo';

const procedures = moduleProcedures(incentivesModule);

const userIdOf = (ctx: TenantScopedContext) => ctx.session?.userId ?? null;

/** The scheme, locked, as the editor loaded it: another save in between is a conflict to reload, not something to overwrite. */
async function lockedScheme(db: IncentivesDb, id: string, rowVersion: number) {
  const row = await lockScheme(db, id);
  if (!row) throw appError('NOT_FOUND', 'errors:notFound');
  if (row.rowVersion !== rowVersion) throw appError('CONFLICT', 'incentives:errors.staleVersion');
  return row;
}

/** The back-office side of schemes: edit a draft freely, publish it as a frozen version once its rules and test cases are sound. */
export const schemeProcedures = {
  schemes: procedures
    .withPermission('scheme.read')
    .input(schemeListInput)
    .query(({ ctx, input }) => listSchemes(incentivesDb(ctx), input.status)),

  scheme: procedures
    .withPermission('scheme.read')
    .input(schemeIdInput)
    .query(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      const row = await findScheme(db, input.id);
      if (!row) throw appError('NOT_FOUND', 'errors:notFound');
      const draft = storedContent(row.draft);
      const [check, versions, last] = await Promise.all([checkScheme(db, draft, row.id), versionsOf(db, row.id), lastVersion(db, row.id)]);
      return {
        id: row.id,
        slug: row.slug,
        status: row.status,
        rowVersion: row.rowVersion,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        draft,
        publishedVersion: row.publishedVersion,
        hasUnpublishedChanges: hasUnpublishedChanges(draft, last?.content),
        versions,
        geo: check.geo,
        problems: check.problems,
        testResults: check.testResults,
      };
    }),

  /** The tenant's communes (with their EPCI), EPCIs and perimeters, for the editor's pickers. */
  territoryChoices: procedures.withPermission('scheme.read').query(({ ctx }) => territoryChoices(incentivesDb(ctx))),

  /** The communes of the places a rule being edited names, to evaluate it in the browser. */
  schemeGeo: procedures
    .withPermission('scheme.read')
    .input(schemeGeoInput)
    .query(({ ctx, input }) => resolveGeo(incentivesDb(ctx), input, { withKnownCommunes: true })),

  createScheme: procedures
    .withPermission('scheme.manage')
    .input(createSchemeInput)
    .mutation(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      if (await slugTaken(db, input.slug)) throw appError('CONFLICT', 'incentives:errors.schemeSlugTaken', { slug: input.slug });
      const created = await db
        .insertInto('incentivesScheme')
        .values({ tenantId: ctx.tenant.id, slug: input.slug, draft: JSON.stringify(input.content) })
        .returning(['id', 'rowVersion'])
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'incentives.scheme', entityId: created.id, after: { slug: input.slug, draft: input.content } });
      return { id: created.id, rowVersion: created.rowVersion };
    }),

  /** Saves the draft; a published scheme keeps showing its published version until the draft is published. */
  saveSchemeDraft: procedures
    .withPermission('scheme.manage')
    .input(saveSchemeDraftInput)
    .mutation(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      const before = await lockedScheme(db, input.id, input.rowVersion);
      const updated = await updateScheme(db, before, { draft: input.content });
      const check = await checkScheme(db, input.content, before.id);
      ctx.audit({ entityType: 'incentives.scheme', entityId: before.id, before: { rowVersion: before.rowVersion, draft: before.draft }, after: { rowVersion: updated.rowVersion, draft: input.content } });
      return { rowVersion: updated.rowVersion, problems: check.problems, testResults: check.testResults };
    }),

  publishScheme: procedures
    .withPermission('scheme.manage')
    .input(schemeVersionedInput)
    .mutation(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      const before = await lockedScheme(db, input.id, input.rowVersion);
      const publication = await publishDraft(db, before, userIdOf(ctx));
      if (publication.outcome === 'refused') {
        throw appError('BAD_REQUEST', 'incentives:errors.publishRefused', refusalReasons(publication.check, ctx.t));
      }
      if (publication.outcome === 'unchanged') throw appError('BAD_REQUEST', 'incentives:errors.schemeNothingToPublish', { version: publication.version });
      ctx.audit({
        action: 'incentives.publishScheme',
        entityType: 'incentives.scheme',
        entityId: before.id,
        before: { status: before.status, publishedVersion: before.publishedVersion },
        after: { status: 'published', publishedVersion: publication.version },
      });
      return { version: publication.version, rowVersion: publication.rowVersion };
    }),

  /** Takes the scheme off the portal; applications keep the version they were made on. Publishing again brings it back. */
  archiveScheme: procedures
    .withPermission('scheme.manage')
    .input(schemeVersionedInput)
    .mutation(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      const before = await lockedScheme(db, input.id, input.rowVersion);
      if (before.status === 'archived') throw appError('BAD_REQUEST', 'incentives:errors.schemeAlreadyArchived');
      const updated = await updateScheme(db, before, { status: 'archived' });
      ctx.audit({ action: 'incentives.archiveScheme', entityType: 'incentives.scheme', entityId: before.id, before: { status: before.status }, after: { status: updated.status } });
      return { rowVersion: updated.rowVersion, status: updated.status };
    }),
} satisfies TRPCRouterRecord;
