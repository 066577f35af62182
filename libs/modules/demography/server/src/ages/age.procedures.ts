import type { TRPCRouterRecord } from '@trpc/server';
import { buffer } from 'node:stream/consumers';
import { openFile } from '@ancrage/files';
import { appError } from '@ancrage/trpc';
import { accessibilityInput, ageProfile, importBirthYearsInput, subjectById } from '@ancrage/demography-domain';
import { demographyDb, procedures } from '../context';
import { ofSubject } from '../indicators/situations.repository';
import { resolveSnapshot } from '../snapshots/resolve-snapshot';
import { readBirthYears } from './birth-years-csv';

const MAX_CSV_BYTES = 32 * 1024 * 1024;
const CHUNK = 1000;
const LISTED = 50;

export const ageProcedures = {
  /** Replaces the birth years (an age source such as an Ordre's or a CPAM's table) with a CSV file's, all or nothing. */
  importBirthYears: procedures
    .withPermission('demography.import')
    .input(importBirthYearsInput)
    .mutation(async ({ ctx, input }) => {
      const found = await openFile(ctx.db, ctx.services.files, input.fileId);
      if (!found) throw appError('NOT_FOUND', 'demography:import.fileNotFound');
      if (found.file.sizeBytes > MAX_CSV_BYTES) throw appError('PAYLOAD_TOO_LARGE', 'demography:ages.tooLarge', { megabytes: MAX_CSV_BYTES / 1024 / 1024 });
      const read = readBirthYears((await buffer(found.stream)).toString('utf8'), new Date().getFullYear());
      if (!read.ok && 'missingColumns' in read) throw appError('BAD_REQUEST', 'demography:ages.missingColumns');
      if (!read.ok) {
        const lines = read.problems.slice(0, LISTED).map((p) => p.line).join(', ');
        throw appError('BAD_REQUEST', 'demography:ages.invalidLines', { count: read.problems.length, lines });
      }
      const db = demographyDb(ctx);
      await db.deleteFrom('demographyBirthYear').execute();
      for (let i = 0; i < read.rows.length; i += CHUNK) {
        await db
          .insertInto('demographyBirthYear')
          .values(read.rows.slice(i, i + CHUNK).map((row) => ({ tenantId: ctx.tenant.id, ...row, source: input.source })))
          .execute();
      }
      ctx.audit({ entityType: 'demography.birthYears', entityId: input.fileId, after: { rows: read.rows.length, source: input.source } });
      return { imported: read.rows.length };
    }),

  /** Share aged 60 and over and departures at 67 to come, for the subject's professionals of the département. */
  ageProfile: procedures
    .withPermission('demography.read')
    .input(accessibilityInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await resolveSnapshot(db, input.snapshotId);
      const source = await db.selectFrom('demographyBirthYear').select('source').limit(1).executeTakeFirst();
      if (!snapshot || !source) return { snapshot, source: source?.source ?? null, profile: null };
      const rows = await ofSubject(
        db
          .selectFrom('demographySituation')
          .innerJoin('demographyCommune', (join) => join.onRef('demographyCommune.code', '=', 'demographySituation.communeCode').onRef('demographyCommune.tenantId', '=', 'demographySituation.tenantId'))
          .leftJoin('demographyBirthYear', (join) => join.onRef('demographyBirthYear.nationalId', '=', 'demographySituation.nationalId').onRef('demographyBirthYear.tenantId', '=', 'demographySituation.tenantId'))
          .select(['demographySituation.nationalId', 'demographyBirthYear.birthYear'])
          .where('demographyCommune.isHome', '=', true)
          .distinct(),
        snapshot.id,
        subjectById(input.subject),
      ).execute();
      const referenceYear = Number(snapshot.extractedOn.slice(0, 4));
      return { snapshot, source: source.source, referenceYear, profile: ageProfile(rows.map((r) => r.birthYear), referenceYear) };
    }),
} satisfies TRPCRouterRecord;
