import type { FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '@ancrage/auth';
import { isLocale, pickLocale } from '@ancrage/i18n';
import { LOCALE_COOKIE, TENANT_HEADER, translatorFor, type RequestInput } from '@ancrage/registry';
import type { CookieJar } from '@ancrage/trpc';

/** What the platform needs of an HTTP request: tenant (header or host), language, session. */
export function requestInput(request: FastifyRequest, cookies: CookieJar): RequestInput {
  const tenantSlug = request.headers[TENANT_HEADER];
  return {
    requestId: request.id,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? '',
    tenantSlug: typeof tenantSlug === 'string' ? tenantSlug : undefined,
    host: request.hostname,
    acceptLanguage: request.headers['accept-language'],
    localeCookie: request.cookies[LOCALE_COOKIE],
    sessionToken: request.cookies[SESSION_COOKIE],
    log: request.log,
    cookies,
  };
}

/** Messages in the request's language (cookie first, then Accept-Language), outside tRPC. */
export function requestTranslator(request: FastifyRequest) {
  const cookie = request.cookies[LOCALE_COOKIE];
  return translatorFor(isLocale(cookie) ? cookie : pickLocale(request.headers['accept-language']));
}
