import type { Kysely } from 'kysely';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import { queueEmail } from '@ancrage/jobs';
import type { RequestContext, TenantContext } from '@ancrage/trpc';

/** Queues a translated account email (verification, reset, invitation) in the tenant's outbox. */
export async function sendAccountEmail(
  ctx: Pick<RequestContext, 't' | 'locale' | 'services'>,
  tenant: Pick<TenantContext, 'id' | 'name'>,
  options: { template: 'verifyEmail' | 'resetPassword' | 'invitation' | 'accountExists'; to: string; params: Record<string, string>; db?: Kysely<PlatformDatabase> },
) {
  const params = { ...options.params, tenant: tenant.name, lng: ctx.locale };
  const subject = ctx.t(`emails:${options.template}.subject`, params);
  const body = `${ctx.t(`emails:${options.template}.body`, params)}\n\n${ctx.t('emails:signature', params)}`;
  const send = (db: Kysely<PlatformDatabase>) => queueEmail(db, { tenantId: tenant.id, to: options.to, subject, text: body });
  if (options.db) return send(options.db);
  return withTenant(ctx.services.database.db, tenant.id, send);
}

export function portalLink(ctx: Pick<RequestContext, 'services'>, tenantSlug: string, path: string, token: string) {
  return `${ctx.services.config.publicUrl}/t/${tenantSlug}/${path}?token=${encodeURIComponent(token)}`;
}
