import type { TRPCRouterRecord } from '@trpc/server';
import type { Kysely } from 'kysely';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { communeListInput, perimeterId, perimeterInput, perimeterUpdateInput, territoryModule, type TerritorySettings } from '@ancrage/territory-domain';
import { findDepartement } from '@ancrage/tenancy';
import { listCommunes, listEpcis, territorySummary, unknownCommuneCodes } from './communes.repository';
import { getPerimeter, listPerimeters, perimeterNameTaken, replacePerimeterCommunes } from './perimeters.repository';
import type { TerritoryDatabase } from './territory-schema';

const procedures = moduleProcedures(territoryModule);
// The request's tenant transaction, typed with this module's tables.
const territoryDb = (ctx: TenantScopedContext) => ctx.db as unknown as Kysely<TerritoryDatabase>;
const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(territoryModule.id) as TerritorySettings;

async function assertValidPerimeter(ctx: TenantScopedContext, input: { name: string; communeCodes: string[] }, exceptId?: string) {
  const db = territoryDb(ctx);
  const unknown = await unknownCommuneCodes(db, input.communeCodes);
  if (unknown.length > 0) throw appError('BAD_REQUEST', 'errors:territory.unknownCommunes', { codes: unknown.slice(0, 10).join(', ') });
  if (await perimeterNameTaken(db, input.name, exceptId)) throw appError('CONFLICT', 'errors:territory.perimeterNameTaken');
}

export const territoryRouter = {
  /** Open data about the département: public on the portal. */
  summary: procedures.public().query(async ({ ctx }) => ({
    departement: { code: ctx.tenant.departementCode, name: findDepartement(ctx.tenant.departementCode)?.name ?? ctx.tenant.departementCode },
    ...(await territorySummary(territoryDb(ctx))),
    settings: settingsOf(ctx),
  })),

  communes: procedures
    .public()
    .input(communeListInput)
    .query(({ ctx, input }) => {
      const settings = settingsOf(ctx);
      // Hidden from the portal by the tenant's settings: staff still see them.
      if (!settings.showCommunesOnPortal && !ctx.session?.permissions.has('territory:territory.read')) throw appError('NOT_FOUND', 'errors:notFound');
      return listCommunes(territoryDb(ctx), { ...input, pageSize: input.pageSize ?? settings.defaultPageSize });
    }),

  epcis: procedures.public().query(({ ctx }) => listEpcis(territoryDb(ctx))),

  perimeters: procedures.withPermission('territory.read').query(({ ctx }) => listPerimeters(territoryDb(ctx))),

  perimeter: procedures
    .withPermission('territory.read')
    .input(perimeterId)
    .query(async ({ ctx, input }) => {
      const perimeter = await getPerimeter(territoryDb(ctx), input.id);
      if (!perimeter) throw appError('NOT_FOUND', 'errors:notFound');
      return perimeter;
    }),

  createPerimeter: procedures
    .withPermission('perimeter.manage')
    .input(perimeterInput)
    .mutation(async ({ ctx, input }) => {
      await assertValidPerimeter(ctx, input);
      const db = territoryDb(ctx);
      const { id } = await db
        .insertInto('territoryPerimeter')
        .values({ tenantId: ctx.tenant.id, name: input.name, kind: input.kind, description: input.description })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replacePerimeterCommunes(db, ctx.tenant.id, id, input.communeCodes);
      ctx.audit({ entityType: 'perimeter', entityId: id, after: input });
      return { id };
    }),

  updatePerimeter: procedures
    .withPermission('perimeter.manage')
    .input(perimeterUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const db = territoryDb(ctx);
      const before = await getPerimeter(db, input.id);
      if (!before) throw appError('NOT_FOUND', 'errors:notFound');
      await assertValidPerimeter(ctx, input, input.id);
      const { id, ...values } = input;
      await db
        .updateTable('territoryPerimeter')
        .set({ name: values.name, kind: values.kind, description: values.description, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
      await replacePerimeterCommunes(db, ctx.tenant.id, id, values.communeCodes);
      ctx.audit({ entityType: 'perimeter', entityId: id, before: { ...before, communes: before.communes.map((c) => c.code) }, after: values });
      return { id };
    }),

  deletePerimeter: procedures
    .withPermission('perimeter.manage')
    .input(perimeterId)
    .mutation(async ({ ctx, input }) => {
      const db = territoryDb(ctx);
      const before = await getPerimeter(db, input.id);
      if (!before) throw appError('NOT_FOUND', 'errors:notFound');
      await db.deleteFrom('territoryPerimeter').where('id', '=', input.id).execute();
      ctx.audit({ entityType: 'perimeter', entityId: input.id, before: { ...before, communes: before.communes.map((c) => c.code) }, after: null });
      return { ok: true };
    }),
} satisfies TRPCRouterRecord;
