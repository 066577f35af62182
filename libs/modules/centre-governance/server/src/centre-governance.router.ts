import type { TRPCRouterRecord } from '@trpc/server';
import type { Kysely } from 'kysely';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { itemInput, itemListInput, centreGovernanceModule, type CentreGovernanceSettings } from '@ancrage/centre-governance-domain';
import { insertItem, itemNameTaken, listItems } from './items.repository';
import type { CentreGovernanceDatabase } from './centre-governance-schema';

const procedures = moduleProcedures(centreGovernanceModule);
// The request's tenant transaction, typed with this module's tables.
const centreGovernanceDb = (ctx: TenantScopedContext) => ctx.db as unknown as Kysely<CentreGovernanceDatabase>;
const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(centreGovernanceModule.id) as CentreGovernanceSettings;

export const centreGovernanceRouter = {
  items: procedures
    .withPermission('item.read')
    .input(itemListInput)
    .query(({ ctx, input }) => listItems(centreGovernanceDb(ctx), { page: input.page, pageSize: settingsOf(ctx).pageSize })),

  createItem: procedures
    .withPermission('item.manage')
    .input(itemInput)
    .mutation(async ({ ctx, input }) => {
      const db = centreGovernanceDb(ctx);
      if (await itemNameTaken(db, input.name)) throw appError('CONFLICT', 'centre-governance:errors.nameTaken');
      const { id } = await insertItem(db, ctx.tenant.id, input);
      ctx.audit({ entityType: 'centre-governance.item', entityId: id, after: input });
      return { id };
    }),
} satisfies TRPCRouterRecord;
