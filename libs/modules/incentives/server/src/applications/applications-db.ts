import type { Kysely, Selectable } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import type { TenantScopedContext } from '@ancrage/trpc';
import type { IncentivesApplicationTable, IncentivesDatabase, IncentivesPaymentTable } from '../incentives-schema';

/** This module's tables, and the platform tables applications read: stored files, accounts (names), the tenant (emails). */
export type ApplicationsDb = Kysely<IncentivesDatabase & Pick<PlatformDatabase, 'platformFile' | 'platformUser' | 'platformTenant'>>;

/** The request's tenant transaction, typed for the applications' work. */
export const applicationsDb = (ctx: TenantScopedContext) => ctx.db as unknown as ApplicationsDb;

export type ApplicationRow = Selectable<IncentivesApplicationTable>;
export type PaymentRow = Selectable<IncentivesPaymentTable>;
