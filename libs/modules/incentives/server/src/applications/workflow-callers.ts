import { qualifyPermission } from '@ancrage/module-sdk';
import { incentivesModule } from '@ancrage/incentives-domain';
import type { TenantScopedContext } from '@ancrage/trpc';
import { settingsOf } from '../incentives-db';
import type { WorkflowCaller } from './application-workflow';

const OVERRIDE = qualifyPermission(incentivesModule.id, 'budget.override');

/** An officer in the back-office: may exceed a budget only with the override permission. */
export function officerCaller(ctx: TenantScopedContext): WorkflowCaller {
  return {
    tenantId: ctx.tenant.id,
    userId: ctx.session?.userId ?? '',
    actor: 'officer',
    locale: ctx.locale,
    canOverrideBudget: ctx.session?.permissions.has(OVERRIDE) ?? false,
    settings: settingsOf(ctx),
  };
}

/** The candidate on the portal, acting on their own application. */
export function candidateCaller(ctx: TenantScopedContext): WorkflowCaller {
  return { tenantId: ctx.tenant.id, userId: ctx.session?.userId ?? '', actor: 'candidate', locale: ctx.locale, canOverrideBudget: false, settings: settingsOf(ctx) };
}
