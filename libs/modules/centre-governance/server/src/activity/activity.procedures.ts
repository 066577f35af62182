import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { activityImportInput, activityInput, activityQueryInput, centreGovernanceModule, centreGovernanceService, parseActivityCsv, summarizeActivity, yearInput } from '@ancrage/centre-governance-domain';
import { governanceDb, userIdOf, type GovernanceDb } from '../cg-db';
import { findCentre } from '../centres/centres.repository';
import { monthlyActivity, sitesOfCentre, upsertActivity } from './activity.repository';

const procedures = moduleProcedures(centreGovernanceModule);

async function centreSites(db: GovernanceDb, centreId: string) {
  if (!(await findCentre(db, centreId))) throw appError('NOT_FOUND', 'errors:notFound');
  return sitesOfCentre(db, centreId);
}

/** Reads the file and matches its sites by name (case ignored); issues per line and column, nothing written. */
async function readActivityFile(ctx: TenantScopedContext, centreId: string, csv: string) {
  const sites = await centreSites(governanceDb(ctx), centreId);
  const siteByName = new Map(sites.map((site) => [site.name.toLowerCase(), site]));
  const { rows, issues } = parseActivityCsv(csv);
  const unknownSites = rows.filter((row) => !siteByName.has(row.site.toLowerCase())).map((row) => ({ line: row.line, column: 'site', code: 'unknownSite' as const }));
  return {
    rows: rows.flatMap((row) => {
      const site = siteByName.get(row.site.toLowerCase());
      return site ? [{ ...row, siteId: site.id, siteName: site.name }] : [];
    }),
    issues: [...issues, ...unknownSites],
  };
}

/** Monthly activity per site, entered or imported, and the figures of the year. */
export const activityProcedures = {
  activity: procedures
    .withPermission('activity.read')
    .input(activityQueryInput)
    .query(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const sites = await centreSites(db, input.centreId);
      const rows = await monthlyActivity(
        db,
        sites.map((site) => site.id),
        `${input.year - 1}-01`,
        `${input.year}-12`,
      );
      const ofYear = (year: number) => rows.filter((row) => row.month.startsWith(`${year}-`));
      return {
        year: input.year,
        sites: sites.map((site) => ({ ...site, summary: summarizeActivity(input.year, ofYear(input.year).filter((row) => row.siteId === site.id)) })),
        months: ofYear(input.year),
        summary: summarizeActivity(input.year, ofYear(input.year)),
        previousSummary: summarizeActivity(input.year - 1, ofYear(input.year - 1)),
      };
    }),

  /** The year of every centre, as the evaluation report reads it. */
  yearlySummary: procedures
    .withPermission('activity.read')
    .input(yearInput)
    .query(({ ctx, input }) => centreGovernanceService(ctx.db).yearlySummary(input.year)),

  saveActivity: procedures
    .withPermission('activity.manage')
    .input(activityInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await db.selectFrom('centreGovernanceSite').select('id').where('id', '=', input.siteId).executeTakeFirst())) throw appError('NOT_FOUND', 'errors:notFound');
      await upsertActivity(db, ctx.tenant.id, userIdOf(ctx), input);
      ctx.audit({ entityType: 'centre-governance.activity', entityId: `${input.siteId}:${input.month}`, after: input });
      return { siteId: input.siteId, month: input.month };
    }),

  /** A dry run of the import: what would be imported, or every issue of the file. */
  checkActivityFile: procedures
    .withPermission('activity.manage')
    .input(activityImportInput)
    .query(async ({ ctx, input }) => {
      const { rows, issues } = await readActivityFile(ctx, input.centreId, input.csv);
      return { rows: issues.length > 0 ? 0 : rows.length, months: [...new Set(rows.map((row) => row.month))].sort(), issues };
    }),

  /** Imports a whole file, or nothing at all when any line is wrong. */
  importActivity: procedures
    .withPermission('activity.manage')
    .input(activityImportInput)
    .mutation(async ({ ctx, input }) => {
      const { rows, issues } = await readActivityFile(ctx, input.centreId, input.csv);
      const first = issues[0];
      if (first) throw appError('BAD_REQUEST', 'centre-governance:errors.importInvalid', { count: issues.length, line: first.line, column: first.column });
      if (rows.length === 0) throw appError('BAD_REQUEST', 'centre-governance:errors.importEmpty');
      const db = governanceDb(ctx);
      for (const row of rows) await upsertActivity(db, ctx.tenant.id, userIdOf(ctx), row);
      ctx.audit({ action: 'centre-governance.importActivity', entityType: 'centre-governance.centre', entityId: input.centreId, after: { rows: rows.length, months: [...new Set(rows.map((row) => row.month))] } });
      return { imported: rows.length };
    }),
} satisfies TRPCRouterRecord;
