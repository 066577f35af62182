import type { Kysely } from 'kysely';
import type { TenantScopedContext } from '@ancrage/trpc';
import { eventsModule, type EventsSettings } from '@ancrage/events-domain';
import type { EventsDatabase } from './events-schema';

export type EventsDb = Kysely<EventsDatabase>;

/** The request's tenant transaction, typed with this module's tables. */
export const eventsDb = (ctx: TenantScopedContext) => ctx.db as unknown as EventsDb;

export const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(eventsModule.id) as EventsSettings;

/** What emails and calendar entries need to know about the tenant and the site. */
export interface MailContext {
  tenant: { id: string; slug: string; name: string };
  publicUrl: string;
  settings: EventsSettings;
}

export const mailContextOf = (ctx: TenantScopedContext): MailContext => ({
  tenant: { id: ctx.tenant.id, slug: ctx.tenant.slug, name: ctx.tenant.name },
  publicUrl: ctx.services.config.publicUrl,
  settings: settingsOf(ctx),
});
