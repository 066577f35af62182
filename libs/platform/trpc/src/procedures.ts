import { TRPCError } from '@trpc/server';
import { withTenant } from '@ancrage/db';
import { qualifyPermission, type AnyModuleManifest, type PermissionOf } from '@ancrage/module-sdk';
import { appError } from './app-error';
import type { AuditEntry, RequestContext, TenantContext } from './context';
import { t } from './init';
import { assertWellFormedText } from './well-formed-text';

/** Every procedure starts here: text PostgreSQL cannot store is refused as invalid input. */
const procedure = t.procedure.use(async ({ getRawInput, next }) => {
  assertWellFormedText(await getRawInput());
  return next();
});

/** Anyone, no tenant needed (landing page, sign-in). */
export const publicProcedure = procedure.meta({ access: { access: 'public' } });

const requireSession = t.middleware(({ ctx, next }) => {
  if (!ctx.session) throw appError('UNAUTHORIZED', 'errors:unauthorized');
  return next({ ctx: { session: ctx.session } });
});

/** A signed-in user, whatever their roles. */
export const authenticatedProcedure = procedure.meta({ access: { access: 'authenticated' } }).use(requireSession);

/** Platform administrators only (tenant creation). */
export const platformAdminProcedure = procedure
  .meta({ access: { access: 'platform-admin' } })
  .use(requireSession)
  .use(({ ctx, next }) => {
    if (!ctx.session.isPlatformAdmin) throw appError('FORBIDDEN', 'errors:forbidden');
    return next();
  });

const requireTenant = (moduleId: string) =>
  t.middleware(({ ctx, next }) => {
    if (!ctx.tenant) throw appError('NOT_FOUND', 'errors:tenantNotFound');
    if (!ctx.tenant.enabledModules.has(moduleId)) throw appError('NOT_FOUND', 'errors:moduleDisabled');
    return next({ ctx: { tenant: ctx.tenant } });
  });

function sanitiseForAudit(input: unknown): unknown {
  if (input === null || typeof input !== 'object') return input ?? null;
  return JSON.parse(JSON.stringify(input, (key, value) => (/password|token|secret/i.test(key) ? '[redacted]' : value)));
}

/** PostgreSQL's answers to a race: unique violation, serialization failure, deadlock. */
const RACE_CODES = new Set(['23505', '40001', '40P01']);

/** A race the database settled (two saves of one name at once) is a conflict the user can retry, not an internal error. */
function asConflict(error: unknown): unknown {
  const cause = error instanceof TRPCError ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && RACE_CODES.has(code) ? appError('CONFLICT', 'errors:conflict') : error;
}

/**
 * Opens the request's tenant transaction (application role, `app.tenant_id` set).
 * A mutation that succeeds writes its audit record in the same transaction;
 * a procedure that fails rolls everything back.
 */
const tenantTransaction = t.middleware(async ({ ctx, next, type, path, getRawInput }) => {
  const tenant = ctx.tenant as TenantContext;
  const entries: AuditEntry[] = [];
  const outcome = await withTenant(ctx.services.database.db, tenant.id, async (db) => {
    const result = await next({ ctx: { db, audit: (entry: AuditEntry) => void entries.push(entry) } });
    if (!result.ok) throw result.error;
    if (type === 'mutation') {
      const rows = entries.length > 0 ? entries : [{ entityType: null, entityId: null, after: sanitiseForAudit(await getRawInput()) }];
      await db
        .insertInto('platformAudit')
        .values(
          rows.map((entry) => ({
            tenantId: tenant.id,
            userId: ctx.session?.userId ?? null,
            action: ('action' in entry && entry.action) || path,
            entityType: entry.entityType,
            entityId: entry.entityId,
            before: 'before' in entry && entry.before !== undefined ? JSON.stringify(entry.before) : null,
            after: entry.after !== undefined ? JSON.stringify(entry.after) : null,
            requestId: ctx.requestId,
          })),
        )
        .execute();
    }
    return result;
  }).catch((error: unknown) => {
    throw asConflict(error);
  });
  return outcome;
});

function hasPermission(ctx: RequestContext, permission: string) {
  return ctx.session?.permissions.has(permission) ?? false;
}

/**
 * The procedures of one module: each declares how it may be reached, and every
 * one of them answers NOT_FOUND where the module is disabled for the tenant.
 */
export function moduleProcedures<M extends AnyModuleManifest>(manifest: M) {
  return {
    /** The tenant's public portal: no account needed. */
    public: () => procedure.meta({ access: { access: 'tenant-public', module: manifest.id } }).use(requireTenant(manifest.id)).use(tenantTransaction),
    /**
     * Any signed-in account on the tenant's portal (a candidate), with or without a staff role:
     * the handler acts on the caller's own records only (`ctx.session.userId`).
     */
    account: () =>
      procedure.meta({ access: { access: 'tenant-account', module: manifest.id } }).use(requireTenant(manifest.id)).use(requireSession).use(tenantTransaction),
    /** Staff (or public accounts) holding `permission` in the request's tenant. */
    withPermission: (permission: PermissionOf<M>) => {
      const qualified = qualifyPermission(manifest.id, permission);
      return procedure
        .meta({ access: { access: 'tenant-permission', module: manifest.id, permission: qualified } })
        .use(requireTenant(manifest.id))
        .use(requireSession)
        .use(({ ctx, next }) => {
          if (!hasPermission(ctx, qualified)) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors:forbidden' });
          return next();
        })
        .use(tenantTransaction);
    },
  };
}
