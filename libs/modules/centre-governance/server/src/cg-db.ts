import type { Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import type { TenantScopedContext } from '@ancrage/trpc';
import { centreGovernanceModule, type CentreGovernanceSettings } from '@ancrage/centre-governance-domain';
import type { CentreGovernanceDatabase } from './centre-governance-schema';

/** This module's tables, and the platform's stored files its documents point to. */
export type GovernanceDb = Kysely<CentreGovernanceDatabase & Pick<PlatformDatabase, 'platformFile'>>;

/** The request's tenant transaction, typed with this module's tables. */
export const governanceDb = (ctx: TenantScopedContext) => ctx.db as unknown as GovernanceDb;

export const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(centreGovernanceModule.id) as CentreGovernanceSettings;

/** The signed-in user (every procedure but the portal's has one). */
export const userIdOf = (ctx: TenantScopedContext) => ctx.session?.userId ?? null;
