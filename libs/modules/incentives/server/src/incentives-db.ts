import type { Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import type { TenantScopedContext } from '@ancrage/trpc';
import { incentivesModule, type IncentivesSettings } from '@ancrage/incentives-domain';
import type { IncentivesDatabase } from './incentives-schema';

/** This module's tables, and the platform's stored files its documents point to. */
export type IncentivesDb = Kysely<IncentivesDatabase & Pick<PlatformDatabase, 'platformFile'>>;

/** The request's tenant transaction, typed with this module's tables. */
export const incentivesDb = (ctx: TenantScopedContext) => ctx.db as unknown as IncentivesDb;

export const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(incentivesModule.id) as IncentivesSettings;
