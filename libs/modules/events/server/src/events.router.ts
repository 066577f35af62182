import type { TRPCRouterRecord } from '@trpc/server';
import type { Kysely } from 'kysely';
import { appError, moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { itemInput, itemListInput, eventsModule, type EventsSettings } from '@ancrage/events-domain';
import { insertItem, itemNameTaken, listItems } from './items.repository';
import type { EventsDatabase } from './events-schema';

const procedures = moduleProcedures(eventsModule);
// The request's tenant transaction, typed with this module's tables.
const eventsDb = (ctx: TenantScopedContext) => ctx.db as unknown as Kysely<EventsDatabase>;
const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(eventsModule.id) as EventsSettings;

export const eventsRouter = {
  items: procedures
    .withPermission('item.read')
    .input(itemListInput)
    .query(({ ctx, input }) => listItems(eventsDb(ctx), { page: input.page, pageSize: settingsOf(ctx).pageSize })),

  createItem: procedures
    .withPermission('item.manage')
    .input(itemInput)
    .mutation(async ({ ctx, input }) => {
      const db = eventsDb(ctx);
      if (await itemNameTaken(db, input.name)) throw appError('CONFLICT', 'events:errors.nameTaken');
      const { id } = await insertItem(db, ctx.tenant.id, input);
      ctx.audit({ entityType: 'events.item', entityId: id, after: input });
      return { id };
    }),
} satisfies TRPCRouterRecord;
