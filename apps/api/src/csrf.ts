import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestTranslator } from './request-input';

export const CSRF_HEADER = 'x-ancrage-csrf';

/**
 * Mutations must carry a custom header: a cross-site form cannot set one, and a
 * cross-site fetch that does is stopped by CORS preflight (no CORS here). With
 * SameSite=Lax cookies this closes CSRF.
 */
export async function requireCsrfHeader(request: FastifyRequest, reply: FastifyReply) {
  if (request.method !== 'POST' || request.headers[CSRF_HEADER] === '1') return;
  const t = requestTranslator(request);
  // Shaped as tRPC answers (superjson, one entry per batched call) so that clients show the message.
  const error = { json: { message: t('errors:csrf'), code: -32003, data: { code: 'FORBIDDEN', httpStatus: 403, i18nKey: 'errors:csrf', fieldErrors: null } } };
  const path = request.url.split('?')[0]?.replace(/^\/trpc\//, '') ?? '';
  const batched = (request.query as Record<string, string> | undefined)?.['batch'] === '1';
  await reply.code(403).send(batched ? path.split(',').map(() => ({ error })) : { error });
}
