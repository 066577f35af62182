import type { QualifiedPermission } from '@ancrage/module-sdk';
import type { TenantScopedContext } from '@ancrage/trpc';
import { settingsOf } from '../incentives-db';
import type { WorkflowCaller } from './application-workflow';

// Checked inside the move (the authorization proof finds this literal): exceeding a budget is a finer right than instructing.
const OVERRIDE: QualifiedPermission = 'incentives:budget.override';

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
