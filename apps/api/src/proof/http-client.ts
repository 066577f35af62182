// Small helpers to speak tRPC over HTTP to a Fastify instance (`inject`), the
// way the web app does: superjson envelopes, the anti-CSRF header, cookies.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER } from '../csrf';

export type Headers = Record<string, string>;

export const mutationHeaders: Headers = { 'content-type': 'application/json', [CSRF_HEADER]: '1' };

export function trpcQuery(app: FastifyInstance, path: string, input: unknown, headers: Headers = {}) {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return app.inject({ method: 'GET', url: `/trpc/${path}${query}`, headers });
}

export function trpcMutation(app: FastifyInstance, path: string, input: unknown, headers: Headers = {}) {
  return app.inject({ method: 'POST', url: `/trpc/${path}`, headers: { ...mutationHeaders, ...headers }, payload: JSON.stringify({ json: input }) });
}

/** The value of a cookie set by a response, or undefined. */
export function setCookie(response: LightMyRequestResponse, name: string): { value: string; attributes: string } | undefined {
  const headers = [response.headers['set-cookie'] ?? []].flat();
  const header = headers.find((h) => h.startsWith(`${name}=`));
  if (!header) return undefined;
  const [pair = '', ...attributes] = header.split(';');
  return { value: pair.slice(name.length + 1), attributes: attributes.join(';') };
}

export async function signIn(app: FastifyInstance, tenant: string, email: string, password: string, headers: Headers = {}) {
  const response = await trpcMutation(app, 'auth.login', { email, password }, { 'x-tenant': tenant, ...headers });
  const session = setCookie(response, 'ancrage_session');
  return { response, cookie: session ? `ancrage_session=${session.value}` : undefined, token: session?.value };
}

/** The signed-in user as the API sees the cookie, or null. */
export async function whoAmI(app: FastifyInstance, tenant: string, cookie: string) {
  const response = await trpcQuery(app, 'auth.me', undefined, { 'x-tenant': tenant, cookie });
  return (response.json() as { result: { data: { json: { email: string } | null } } }).result.data.json;
}

const boundary = '----ancrage-proof';

/** A multipart body with one file part. */
export function multipartFile(name: string, contentType: string, content: string | Buffer) {
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, Buffer.from(content), tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
