import type { Kysely } from 'kysely';
import { moduleProcedures, type TenantScopedContext } from '@ancrage/trpc';
import { demographyModule, type DemographySettings } from '@ancrage/demography-domain';
import type { DemographyDatabase } from './demography-schema';

export const procedures = moduleProcedures(demographyModule);
/** The request's tenant transaction, typed with this module's tables. */
export const demographyDb = (ctx: TenantScopedContext) => ctx.db as unknown as Kysely<DemographyDatabase>;
export const settingsOf = (ctx: TenantScopedContext) => ctx.tenant.moduleSettings.get(demographyModule.id) as DemographySettings;
