import type { TRPCRouterRecord } from '@trpc/server';
import type { Kysely } from 'kysely';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { itemInput, itemListInput, demographyModule, type DemographySettings } from '@ancrage/demography-domain';
import { insertItem, itemNameTaken, listItems } from './items.repository';
import type { DemographyDatabase } from './demography-schema';

const procedures = moduleProcedures(demographyModule);
// The request's tenant transaction, typed with this module's tables.
const demographyDb = (ctx: TenantScopedContext) => ctx.db as unknown as Kysely<DemographyDatabase>;
const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(demographyModule.id) as DemographySettings;

export const demographyRouter = {
  items: procedures
    .withPermission('item.read')
    .input(itemListInput)
    .query(({ ctx, input }) => listItems(demographyDb(ctx), { page: input.page, pageSize: settingsOf(ctx).pageSize })),

  createItem: procedures
    .withPermission('item.manage')
    .input(itemInput)
    .mutation(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      if (await itemNameTaken(db, input.name)) throw appError('CONFLICT', 'demography:errors.nameTaken');
      const { id } = await insertItem(db, ctx.tenant.id, input);
      ctx.audit({ entityType: 'demography.item', entityId: id, after: input });
      return { id };
    }),
} satisfies TRPCRouterRecord;
