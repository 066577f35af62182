import type { TRPCRouterRecord } from '@trpc/server';
import { appError } from '@ancrage/trpc';
import { referenceValueIdInput, referenceValueInput } from '@ancrage/demography-domain';
import { demographyDb, procedures } from '../context';
import { listReferenceValues } from './reference-values.repository';

/** Région and France densities that admins enter with their source and year, for comparison. */
export const referenceValueProcedures = {
  referenceValues: procedures.withPermission('demography.read').query(({ ctx }) => listReferenceValues(demographyDb(ctx))),

  saveReferenceValue: procedures
    .withPermission('demography.configure')
    .input(referenceValueInput)
    .mutation(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const saved = await db
        .insertInto('demographyReferenceValue')
        .values({ tenantId: ctx.tenant.id, ...input })
        .onConflict((oc) =>
          oc.columns(['tenantId', 'subject', 'level', 'year']).doUpdateSet((eb) => ({ densityPer100k: eb.ref('excluded.densityPer100k'), source: eb.ref('excluded.source') })),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'demography.referenceValue', entityId: saved.id, after: input });
      return saved;
    }),

  deleteReferenceValue: procedures
    .withPermission('demography.configure')
    .input(referenceValueIdInput)
    .mutation(async ({ ctx, input }) => {
      const deleted = await demographyDb(ctx).deleteFrom('demographyReferenceValue').where('id', '=', input.id).returningAll().executeTakeFirst();
      if (!deleted) throw appError('NOT_FOUND', 'demography:referenceValues.notFound');
      ctx.audit({ entityType: 'demography.referenceValue', entityId: input.id, before: deleted });
      return { deleted: true };
    }),
} satisfies TRPCRouterRecord;
