import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { centreDocumentInput, centreGovernanceModule, idInput } from '@ancrage/centre-governance-domain';
import { governanceDb } from '../cg-db';
import { findCentre } from '../centres/centres.repository';
import { assertUploaded, fileForDownload } from './stored-files';

const procedures = moduleProcedures(centreGovernanceModule);

/** The centre's written documents (projet de santé, règlement de fonctionnement) and the GIP's files. */
export const documentProcedures = {
  attachCentreDocument: procedures
    .withPermission('centre.manage')
    .input(centreDocumentInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await findCentre(db, input.centreId))) throw appError('NOT_FOUND', 'errors:notFound');
      await assertUploaded(ctx, input.fileId);
      const created = await db
        .insertInto('centreGovernanceCentreDocument')
        .values({ tenantId: ctx.tenant.id, centreId: input.centreId, kind: input.kind, title: input.title, version: input.version, adoptedOn: input.adoptedOn || null, fileId: input.fileId })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.centreDocument', entityId: created.id, after: input });
      return { id: created.id };
    }),

  removeCentreDocument: procedures
    .withPermission('centre.manage')
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      const removed = await governanceDb(ctx).deleteFrom('centreGovernanceCentreDocument').where('id', '=', input.id).returningAll().executeTakeFirst();
      if (!removed) throw appError('NOT_FOUND', 'errors:notFound');
      ctx.audit({ entityType: 'centre-governance.centreDocument', entityId: input.id, before: { title: removed.title, fileId: removed.fileId } });
      return { id: input.id };
    }),

  centreDocumentFile: procedures
    .withPermission('centre.read')
    .input(idInput)
    .query(async ({ ctx, input }) => {
      const document = await governanceDb(ctx).selectFrom('centreGovernanceCentreDocument').select('fileId').where('id', '=', input.id).executeTakeFirst();
      if (!document) throw appError('NOT_FOUND', 'errors:notFound');
      return fileForDownload(ctx, document.fileId);
    }),

  /** A file of the GIP: the minutes of a meeting or a version of the convention (never any other stored file). */
  governanceFile: procedures
    .withPermission('governance.read')
    .input(z.object({ fileId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const [minutes, convention] = await Promise.all([
        db.selectFrom('centreGovernanceMeeting').select('id').where('minutesFileId', '=', input.fileId).executeTakeFirst(),
        db.selectFrom('centreGovernanceConventionVersion').select('id').where('fileId', '=', input.fileId).executeTakeFirst(),
      ]);
      if (!minutes && !convention) throw appError('NOT_FOUND', 'errors:notFound');
      return fileForDownload(ctx, input.fileId);
    }),
} satisfies TRPCRouterRecord;
