import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { canChangeCentreStatus, centreGovernanceModule, centreInput, centreStatusInput, centreUpdateInput, idInput, roomInput, siteInput } from '@ancrage/centre-governance-domain';
import { z } from 'zod';
import { governanceDb, type GovernanceDb } from '../cg-db';
import { centreDetail, centreNameTaken, findCentre, listCentres, lockCentre, replaceCentreCommunes } from './centres.repository';
import { communesOf, resolveCommunes } from './communes';

const procedures = moduleProcedures(centreGovernanceModule);

async function servedCommunes(ctx: TenantScopedContext, codes: readonly string[]) {
  const { communes, unknown } = await resolveCommunes(ctx.tenant.departementCode, codes);
  if (unknown.length > 0) throw appError('BAD_REQUEST', 'centre-governance:errors.unknownCommunes', { codes: unknown.join(', ') });
  return communes;
}

async function checkGip(db: GovernanceDb, gipId: string | null) {
  if (gipId && !(await db.selectFrom('centreGovernanceGip').select('id').where('id', '=', gipId).executeTakeFirst())) throw appError('NOT_FOUND', 'errors:notFound');
}

async function siteCommuneName(ctx: TenantScopedContext, code: string) {
  if (!code) return '';
  const [commune] = await servedCommunes(ctx, [code]);
  return commune?.name ?? '';
}

/** Centres, their sites, rooms and the communes they serve. */
export const centreProcedures = {
  centres: procedures.withPermission('centre.read').query(({ ctx }) => listCentres(governanceDb(ctx))),

  centre: procedures
    .withPermission('centre.read')
    .input(idInput)
    .query(async ({ ctx, input }) => {
      const centre = await centreDetail(governanceDb(ctx), input.id);
      if (!centre) throw appError('NOT_FOUND', 'errors:notFound');
      return centre;
    }),

  /** The département's communes, to choose those a centre serves. */
  communeOptions: procedures.withPermission('centre.read').query(({ ctx }) => communesOf(ctx.tenant.departementCode)),

  createCentre: procedures
    .withPermission('centre.manage')
    .input(centreInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (await centreNameTaken(db, input.name)) throw appError('CONFLICT', 'centre-governance:errors.centreNameTaken');
      await checkGip(db, input.gipId);
      const communes = await servedCommunes(ctx, input.communeCodes);
      const created = await db
        .insertInto('centreGovernanceCentre')
        .values({ tenantId: ctx.tenant.id, name: input.name, description: input.description, gipId: input.gipId, plannedOpeningOn: input.plannedOpeningOn || null, openedOn: null, closedOn: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await replaceCentreCommunes(db, ctx.tenant.id, created.id, communes);
      ctx.audit({ entityType: 'centre-governance.centre', entityId: created.id, after: input });
      return { id: created.id };
    }),

  updateCentre: procedures
    .withPermission('centre.manage')
    .input(centreUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await lockCentre(db, input.id);
      if (!before) throw appError('NOT_FOUND', 'errors:notFound');
      if (await centreNameTaken(db, input.name, input.id)) throw appError('CONFLICT', 'centre-governance:errors.centreNameTaken');
      await checkGip(db, input.gipId);
      const communes = await servedCommunes(ctx, input.communeCodes);
      await db
        .updateTable('centreGovernanceCentre')
        .set({ name: input.name, description: input.description, gipId: input.gipId, plannedOpeningOn: input.plannedOpeningOn || null, updatedAt: new Date() })
        .where('id', '=', input.id)
        .execute();
      await replaceCentreCommunes(db, ctx.tenant.id, input.id, communes);
      ctx.audit({ entityType: 'centre-governance.centre', entityId: input.id, before: { name: before.name, gipId: before.gipId }, after: input });
      return { id: input.id };
    }),

  setCentreStatus: procedures
    .withPermission('centre.manage')
    .input(centreStatusInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await lockCentre(db, input.id);
      if (!before) throw appError('NOT_FOUND', 'errors:notFound');
      if (!canChangeCentreStatus(before.status, input.status)) throw appError('BAD_REQUEST', 'centre-governance:errors.centreTransition');
      await db
        .updateTable('centreGovernanceCentre')
        .set({ status: input.status, updatedAt: new Date(), ...(input.status === 'open' ? { openedOn: input.on } : { closedOn: input.on }) })
        .where('id', '=', input.id)
        .execute();
      ctx.audit({ action: 'centre-governance.setCentreStatus', entityType: 'centre-governance.centre', entityId: input.id, before: { status: before.status }, after: { status: input.status, on: input.on } });
      return { id: input.id, status: input.status };
    }),

  saveSite: procedures
    .withPermission('centre.manage')
    .input(z.object({ id: z.uuid().optional(), site: siteInput }))
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const { site } = input;
      if (!(await findCentre(db, site.centreId))) throw appError('NOT_FOUND', 'errors:notFound');
      const communeName = await siteCommuneName(ctx, site.communeCode);
      const duplicate = await db
        .selectFrom('centreGovernanceSite')
        .select('id')
        .where('centreId', '=', site.centreId)
        .where((eb) => eb(eb.fn('lower', ['name']), '=', site.name.toLowerCase()))
        .$if(input.id !== undefined, (query) => query.where('id', '<>', input.id as string))
        .executeTakeFirst();
      if (duplicate) throw appError('CONFLICT', 'centre-governance:errors.siteNameTaken');
      const values = { name: site.name, kind: site.kind, address: site.address, communeCode: site.communeCode, communeName, openingHours: JSON.stringify(site.openingHours) };
      if (input.id) {
        const updated = await db.updateTable('centreGovernanceSite').set(values).where('id', '=', input.id).where('centreId', '=', site.centreId).returning('id').executeTakeFirst();
        if (!updated) throw appError('NOT_FOUND', 'errors:notFound');
        ctx.audit({ entityType: 'centre-governance.site', entityId: updated.id, after: site });
        return { id: updated.id };
      }
      const created = await db
        .insertInto('centreGovernanceSite')
        .values({ tenantId: ctx.tenant.id, centreId: site.centreId, ...values })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.site', entityId: created.id, after: site });
      return { id: created.id };
    }),

  addRoom: procedures
    .withPermission('centre.manage')
    .input(roomInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await db.selectFrom('centreGovernanceSite').select('id').where('id', '=', input.siteId).executeTakeFirst())) throw appError('NOT_FOUND', 'errors:notFound');
      const duplicate = await db
        .selectFrom('centreGovernanceRoom')
        .select('id')
        .where('siteId', '=', input.siteId)
        .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()))
        .executeTakeFirst();
      if (duplicate) throw appError('CONFLICT', 'centre-governance:errors.roomNameTaken');
      const created = await db.insertInto('centreGovernanceRoom').values({ tenantId: ctx.tenant.id, ...input }).returning('id').executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.room', entityId: created.id, after: input });
      return { id: created.id };
    }),
} satisfies TRPCRouterRecord;
