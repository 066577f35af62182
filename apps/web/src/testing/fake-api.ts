import superjson from 'superjson';
import { vi } from 'vitest';

export interface FakeRequest {
  path: string;
  type: 'query' | 'mutation';
  input: unknown;
  headers: Record<string, string>;
}

export type Handler = (input: unknown, request: FakeRequest) => unknown;

/** An error as the API formats it (translated message, tRPC code, field errors). */
export class FakeApiError extends Error {
  constructor(
    readonly code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT',
    message: string,
    readonly fieldErrors: Record<string, string[]> | null = null,
  ) {
    super(message);
  }
}

const jsonRpcCodes = { UNAUTHORIZED: -32001, FORBIDDEN: -32003, NOT_FOUND: -32004, BAD_REQUEST: -32600, CONFLICT: -32009 };
const httpStatus = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400, CONFLICT: 409 };

function headersOf(init: RequestInit | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
}

/**
 * Replaces fetch with a tRPC server answering from handlers (superjson, batch
 * format), and records every call: tests go through the real client and links.
 */
export function installFakeApi(handlers: Record<string, Handler>) {
  const requests: FakeRequest[] = [];
  const fetchMock = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const parsed = new URL(String(url), 'http://localhost');
    const paths = decodeURIComponent(parsed.pathname.replace(/^\/trpc\//, '')).split(',');
    const type = init?.method === 'POST' ? 'mutation' : 'query';
    const rawInputs = (type === 'mutation' ? JSON.parse(String(init?.body ?? '{}')) : JSON.parse(parsed.searchParams.get('input') ?? '{}')) as Record<string, unknown>;
    const answers = await Promise.all(
      paths.map(async (path, index) => {
        const raw = rawInputs[String(index)] as Parameters<typeof superjson.deserialize>[0] | undefined;
        const request: FakeRequest = { path, type, input: raw ? superjson.deserialize(raw) : undefined, headers: headersOf(init) };
        requests.push(request);
        const handler = handlers[path];
        try {
          if (!handler) throw new FakeApiError('NOT_FOUND', `No fake for ${path}`);
          return { result: { data: superjson.serialize(await handler(request.input, request)) } };
        } catch (error) {
          const failure = error instanceof FakeApiError ? error : new FakeApiError('BAD_REQUEST', String(error));
          return {
            error: superjson.serialize({
              message: failure.message,
              code: jsonRpcCodes[failure.code],
              data: { code: failure.code, httpStatus: httpStatus[failure.code], path, fieldErrors: failure.fieldErrors },
            }),
          };
        }
      }),
    );
    const status = answers.every((answer) => 'result' in answer) ? 200 : 207;
    return new Response(JSON.stringify(answers), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    calls: (path: string) => requests.filter((request) => request.path === path),
    set: (path: string, handler: Handler) => {
      handlers[path] = handler;
    },
  };
}
