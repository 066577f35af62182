import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { createI18n, fieldErrors, platformResources } from '@ancrage/i18n';
import { TranslatableCause } from './app-error';
import type { RequestContext } from './context';

/** How a procedure may be reached; every procedure declares it (checked by a test over the router). */
export type ProcedureAccess =
  | { access: 'public' }
  | { access: 'authenticated' }
  | { access: 'platform-admin' }
  | { access: 'tenant-public'; module: string }
  | { access: 'tenant-account'; module: string }
  | { access: 'tenant-permission'; module: string; permission: string };

export interface ProcedureMeta {
  access?: ProcedureAccess;
}

// Refusals raised before the request's context exists (wrong method, unreadable body) are read in French.
const withoutContext = createI18n({ namespaces: platformResources });
const translateWithoutContext = (key: string, params?: object) => String(withoutContext.t(key, { ...params, lng: 'fr' } as never));

const fallbackKeys: Partial<Record<TRPCError['code'], string>> = {
  UNAUTHORIZED: 'errors:unauthorized',
  FORBIDDEN: 'errors:forbidden',
  NOT_FOUND: 'errors:notFound',
  BAD_REQUEST: 'errors:badRequest',
  PARSE_ERROR: 'errors:badRequest',
  METHOD_NOT_SUPPORTED: 'errors:badRequest',
  PAYLOAD_TOO_LARGE: 'errors:badRequest',
  CONFLICT: 'errors:conflict',
  TOO_MANY_REQUESTS: 'errors:tooManyRequests',
  INTERNAL_SERVER_ERROR: 'errors:internal',
};

export const t = initTRPC
  .context<RequestContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const translate = ctx?.t ?? translateWithoutContext;
      const cause = error.cause;
      let i18nKey = fallbackKeys[error.code] ?? 'errors:internal';
      let params: Record<string, unknown> = {};
      let fields: Record<string, string[]> | null = null;
      if (cause instanceof ZodError) {
        i18nKey = 'errors:badRequest';
        fields = ctx ? fieldErrors(cause.issues, ctx.t) : null;
      } else if (cause instanceof TranslatableCause) {
        i18nKey = cause.i18nKey;
        params = cause.params;
      }
      return {
        ...shape,
        message: translate(i18nKey, params as never) as string,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, i18nKey, fieldErrors: fields },
      };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
