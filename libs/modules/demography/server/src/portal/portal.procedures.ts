import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { aggregateByGroup, subjectById, subjectInput, withSecrecy, type IndicatorRow } from '@ancrage/demography-domain';
import { demographyDb, procedures, settingsOf } from '../context';
import { countedSituations } from '../indicators/situations.repository';
import { territoryGroups } from '../indicators/territory-groups';
import { resolveSnapshot } from '../snapshots/resolve-snapshot';
import { departementNames } from '../study-area/reference-communes';
import { listStudyArea } from '../study-area/study-area.repository';

const publicInput = z.object({ subject: subjectInput.default('general-practice'), level: z.enum(['commune', 'epci']).default('commune') });

/** What the public may see: aggregates only, never names, small counts hidden (statistical secrecy). */
function publicRow(row: IndicatorRow, threshold: number) {
  const headcount = withSecrecy(row.headcount, threshold);
  return { code: row.code, name: row.name, population: row.population, headcount, densityPer100k: headcount === null ? null : row.densityPer100k };
}

export const portalProcedures = {
  publicIndicators: procedures
    .public()
    .input(publicInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await resolveSnapshot(db, undefined);
      if (!snapshot) return { snapshot: null, rows: [], total: null, secrecyThreshold: settingsOf(ctx).secrecyThreshold };
      const threshold = settingsOf(ctx).secrecyThreshold;
      const area = await listStudyArea(db);
      const situations = await countedSituations(db, snapshot.id, subjectById(input.subject));
      const groups = await territoryGroups(ctx.db, area, input.level, await departementNames());
      const home = area.filter((c) => c.isHome);
      const [total] = aggregateByGroup(situations, [{ code: ctx.tenant.departementCode, name: ctx.tenant.name, population: home.reduce((n, c) => n + c.population, 0), communeCodes: home.map((c) => c.code) }]);
      return {
        snapshot: { extractedOn: snapshot.extractedOn, fictitious: snapshot.fictitious },
        rows: aggregateByGroup(situations, groups).map((row) => publicRow(row, threshold)),
        total: total ? publicRow(total, threshold) : null,
        secrecyThreshold: threshold,
      };
    }),

  publicMapShapes: procedures.public().query(async ({ ctx }) => {
    if (!settingsOf(ctx).showMapOnPortal) return { features: [] };
    const rows = await demographyDb(ctx).selectFrom('demographyCommune').select(['code', 'name', 'geometry']).where('isHome', '=', true).where('geometry', 'is not', null).orderBy('code').execute();
    return { features: rows.map((row) => ({ type: 'Feature' as const, properties: { code: row.code, name: row.name }, geometry: row.geometry as object })) };
  }),
} satisfies TRPCRouterRecord;
