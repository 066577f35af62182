import { findSessionInTenant } from '@ancrage/auth';
import { createI18n, isLocale, pickLocale, platformResources, type Locale } from '@ancrage/i18n';
import type { TenantRole } from '@ancrage/module-sdk';
import { resolveTenantContext } from '@ancrage/tenancy';
import type { CookieJar, Logger, PlatformServices, RequestContext, SessionContext, TenantContext } from '@ancrage/trpc';
import { catalog, moduleNamespaces } from './catalog';

export const LOCALE_COOKIE = 'ancrage_locale';
export const TENANT_HEADER = 'x-tenant';

/** What the HTTP layer hands over; kept framework-free so tests build it directly. */
export interface RequestInput {
  requestId: string;
  ip: string;
  userAgent: string;
  tenantSlug?: string | undefined;
  host?: string | undefined;
  acceptLanguage?: string | undefined;
  localeCookie?: string | undefined;
  sessionToken?: string | undefined;
  cookies: CookieJar;
  log: Logger;
}

// One i18next instance for the process; `t` is fixed per request with getFixedT.
const i18n = createI18n({ namespaces: { ...platformResources, ...moduleNamespaces() } });

export function translatorFor(locale: Locale) {
  return i18n.getFixedT(locale);
}

async function resolveSession(services: PlatformServices, token: string | undefined, tenant: TenantContext | null): Promise<SessionContext | null> {
  if (!token) return null;
  const found = await findSessionInTenant(services.database.db, token, tenant?.id ?? null);
  if (!found) return null;
  const { role: membership, ...user } = found;
  // Platform administrators administer every tenant.
  const role: TenantRole | null = tenant ? (membership ?? (user.isPlatformAdmin ? 'admin' : null)) : null;
  const permissions = tenant && role ? catalog.permissionsFor(role, tenant.enabledModules) : new Set<string>();
  return { ...user, role, permissions };
}

export async function createRequestContext(services: PlatformServices, input: RequestInput): Promise<RequestContext> {
  const db = services.database.db;
  const tenant = await resolveTenantContext(db, catalog, { slug: input.tenantSlug, host: input.tenantSlug ? undefined : input.host });
  const locale = isLocale(input.localeCookie) ? input.localeCookie : pickLocale(input.acceptLanguage, tenant?.defaultLocale ?? 'fr');
  return {
    requestId: input.requestId,
    ip: input.ip,
    userAgent: input.userAgent,
    locale,
    t: translatorFor(locale),
    tenant,
    session: await resolveSession(services, input.sessionToken, tenant),
    services,
    cookies: input.cookies,
    log: input.log,
  };
}
