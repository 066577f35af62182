import type { TRPCRouterRecord } from '@trpc/server';
import { buffer } from 'node:stream/consumers';
import { openFile } from '@ancrage/files';
import { appError } from '@ancrage/trpc';
import { importContoursInput } from '@ancrage/demography-domain';
import { demographyDb, procedures } from '../context';
import { listStudyArea } from '../study-area/study-area.repository';
import { readContours } from './contours';

const MAX_CONTOURS_BYTES = 64 * 1024 * 1024;
const LISTED = 200;

export const geometryProcedures = {
  /** Commune contours of the département (interactive) and of its neighbours (context), for the maps. */
  mapShapes: procedures.withPermission('demography.read').query(async ({ ctx }) => {
    const rows = await demographyDb(ctx).selectFrom('demographyCommune').select(['code', 'name', 'isHome', 'geometry']).where('geometry', 'is not', null).orderBy('code').execute();
    const feature = (row: (typeof rows)[number]) => ({ type: 'Feature' as const, properties: { code: row.code, name: row.name }, geometry: row.geometry as object });
    return {
      home: { type: 'FeatureCollection' as const, features: rows.filter((r) => r.isHome).map(feature) },
      context: { type: 'FeatureCollection' as const, features: rows.filter((r) => !r.isHome).map(feature) },
    };
  }),

  /** How many communes of the département and of the study area have contours. */
  geometryStatus: procedures.withPermission('demography.read').query(async ({ ctx }) => {
    const area = await listStudyArea(demographyDb(ctx));
    const placed = area.filter((c) => c.latitude !== null);
    return { homeCommunes: area.filter((c) => c.isHome).length, homePlaced: placed.filter((c) => c.isHome).length, areaCommunes: area.length, areaPlaced: placed.length };
  }),

  /** Imports contours from a stored GeoJSON file; all valid features or, when none is valid, nothing. */
  importContours: procedures
    .withPermission('demography.import')
    .input(importContoursInput)
    .mutation(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const found = await openFile(ctx.db, ctx.services.files, input.fileId);
      if (!found) throw appError('NOT_FOUND', 'demography:import.fileNotFound');
      if (found.file.sizeBytes > MAX_CONTOURS_BYTES) throw appError('PAYLOAD_TOO_LARGE', 'demography:contours.tooLarge', { megabytes: MAX_CONTOURS_BYTES / 1024 / 1024 });
      let document: unknown;
      try {
        document = JSON.parse((await buffer(found.stream)).toString('utf8'));
      } catch {
        throw appError('BAD_REQUEST', 'demography:contours.notGeoJson');
      }
      const report = readContours(document, new Set((await listStudyArea(db)).map((c) => c.code)));
      if (!report) throw appError('BAD_REQUEST', 'demography:contours.notGeoJson');
      if (report.accepted.length === 0) throw appError('BAD_REQUEST', 'demography:contours.nothingValid', { invalid: report.invalid.length, unknown: report.unknown.length });
      for (const commune of report.accepted) {
        await db
          .updateTable('demographyCommune')
          .set({ geometry: JSON.stringify(commune.geometry), longitude: commune.longitude, latitude: commune.latitude })
          .where('code', '=', commune.code)
          .execute();
      }
      ctx.audit({ entityType: 'demography.contours', entityId: input.fileId, after: { imported: report.accepted.length, unknown: report.unknown.length, invalid: report.invalid.length } });
      return { imported: report.accepted.length, unknown: report.unknown.slice(0, LISTED), unknownCount: report.unknown.length, invalid: report.invalid.slice(0, LISTED), invalidCount: report.invalid.length };
    }),
} satisfies TRPCRouterRecord;
