import type { TRPCRouterRecord } from '@trpc/server';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import { appError, authenticatedProcedure, publicProcedure, type RequestContext } from '@ancrage/trpc';
import { consumeAccountToken, issueAccountToken } from './account-tokens';
import { portalLink, sendAccountEmail } from './account-emails';
import { loginInput, requestResetInput, resetPasswordInput, signupInput, tokenInput } from '@ancrage/contracts';
import { clearFailedLogins, isThrottled, lockLoginAttempts, recordFailedLogin, THROTTLE_WINDOW_MINUTES } from './login-throttle';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_DAYS } from './sessions';

/** What the web app knows of the signed-in user, in the request's tenant. */
function me(ctx: RequestContext) {
  if (!ctx.session) return null;
  const { userId, email, displayName, isPlatformAdmin, role, permissions } = ctx.session;
  return { userId, email, displayName, isPlatformAdmin, role, permissions: [...permissions].sort() };
}

/** Sign-ins and sign-outs appear in the audit of the tenant where the user holds a role. */
async function auditInTenant(ctx: RequestContext, action: string, userId: string) {
  const tenant = ctx.tenant;
  if (!tenant) return;
  await withTenant(ctx.services.database.db, tenant.id, async (db) => {
    const member = await db.selectFrom('platformMembership').select('role').where('userId', '=', userId).executeTakeFirst();
    if (!member) return;
    await db
      .insertInto('platformAudit')
      .values({ tenantId: tenant.id, userId, action, entityType: 'user', entityId: userId, before: null, after: null, requestId: ctx.requestId })
      .execute();
  });
}

function requirePortal(ctx: RequestContext) {
  if (!ctx.tenant) throw appError('NOT_FOUND', 'errors:tenantNotFound');
  return ctx.tenant;
}

export const authRouter = {
  me: publicProcedure.query(({ ctx }) => me(ctx)),

  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const db = ctx.services.database.db;
    // Check, verify and count in one transaction holding a per-email lock; refuse after it commits.
    const attempt = await db.transaction().execute(async (trx) => {
      await lockLoginAttempts(trx, input.email);
      if (await isThrottled(trx, input.email, ctx.ip)) return { outcome: 'throttled' as const };
      const found = await trx.selectFrom('platformUser').selectAll().where('email', '=', input.email).executeTakeFirst();
      const valid = await verifyPassword(found?.passwordHash ?? (await decoyHash()), input.password);
      if (found?.passwordHash && valid) return { outcome: 'valid' as const, user: found };
      await recordFailedLogin(trx, input.email, ctx.ip);
      return { outcome: 'invalid' as const };
    });
    if (attempt.outcome === 'throttled') throw appError('TOO_MANY_REQUESTS', 'errors:auth.throttled', { minutes: THROTTLE_WINDOW_MINUTES });
    if (attempt.outcome === 'invalid') throw appError('UNAUTHORIZED', 'errors:auth.invalidCredentials');
    const user = attempt.user;
    if (!user.emailVerifiedAt) throw appError('FORBIDDEN', 'errors:auth.emailNotVerified');
    await clearFailedLogins(db, input.email);
    // Rotation: a session presented before login never survives it.
    if (ctx.session) await db.deleteFrom('platformSession').where('tokenHash', '=', ctx.session.tokenHash).execute();
    const token = await createSession(db, user.id);
    ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: SESSION_DAYS * 86_400 });
    await auditInTenant(ctx, 'auth.login', user.id);
    return { userId: user.id, displayName: user.displayName };
  }),

  logout: authenticatedProcedure.mutation(async ({ ctx }) => {
    await ctx.services.database.db.deleteFrom('platformSession').where('tokenHash', '=', ctx.session.tokenHash).execute();
    ctx.cookies.clear(SESSION_COOKIE);
    await auditInTenant(ctx, 'auth.logout', ctx.session.userId);
    return { ok: true };
  }),

  /**
   * A public account on a tenant's portal (students, professionals); it holds no staff role.
   * The answer is the same whether or not the address already has an account: its owner is told by email.
   */
  signup: publicProcedure.input(signupInput).mutation(async ({ ctx, input }) => {
    const tenant = requirePortal(ctx);
    const db = ctx.services.database.db;
    const passwordHash = await hashPassword(input.password);
    await db.transaction().execute(async (trx) => {
      const user = await trx
        .insertInto('platformUser')
        .values({ email: input.email, passwordHash, displayName: input.displayName, locale: ctx.locale, emailVerifiedAt: null })
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!user) {
        await withTenant<PlatformDatabase, unknown>(trx, tenant.id, (scoped) =>
          sendAccountEmail(ctx, tenant, {
            template: 'accountExists',
            to: input.email,
            params: { loginLink: `${ctx.services.config.publicUrl}/t/${tenant.slug}/login`, forgotLink: `${ctx.services.config.publicUrl}/t/${tenant.slug}/forgot-password` },
            db: scoped,
          }),
        );
        return;
      }
      const token = await issueAccountToken(trx, { kind: 'verify_email', userId: user.id, tenantId: tenant.id, validHours: 48 });
      await withTenant<PlatformDatabase, string>(trx, tenant.id, (scoped) =>
        sendAccountEmail(ctx, tenant, {
          template: 'verifyEmail',
          to: input.email,
          params: { name: input.displayName, link: portalLink(ctx, tenant.slug, 'verify-email', token) },
          db: scoped,
        }),
      );
    });
    return { ok: true };
  }),

  verifyEmail: publicProcedure.input(tokenInput).mutation(async ({ ctx, input }) => {
    const db = ctx.services.database.db;
    const userId = await consumeAccountToken(db, 'verify_email', input.token);
    if (!userId) throw appError('BAD_REQUEST', 'errors:auth.invalidToken');
    await db.updateTable('platformUser').set({ emailVerifiedAt: new Date() }).where('id', '=', userId).execute();
    return { ok: true };
  }),

  /** Always answers the same, whether or not the email has an account. */
  requestPasswordReset: publicProcedure.input(requestResetInput).mutation(async ({ ctx, input }) => {
    const tenant = requirePortal(ctx);
    const db = ctx.services.database.db;
    const user = await db.selectFrom('platformUser').select(['id', 'displayName']).where('email', '=', input.email).executeTakeFirst();
    if (user) {
      const token = await issueAccountToken(db, { kind: 'reset_password', userId: user.id, tenantId: tenant.id, validHours: 1 });
      await sendAccountEmail(ctx, tenant, {
        template: 'resetPassword',
        to: input.email,
        params: { name: user.displayName, link: portalLink(ctx, tenant.slug, 'reset-password', token) },
      });
    }
    return { ok: true };
  }),

  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    const db = ctx.services.database.db;
    const passwordHash = await hashPassword(input.password);
    await db.transaction().execute(async (trx) => {
      const userId = await consumeAccountToken(trx, 'reset_password', input.token);
      if (!userId) throw appError('BAD_REQUEST', 'errors:auth.invalidToken');
      // Owning the mailbox proves the address; every existing session ends.
      await trx.updateTable('platformUser').set({ passwordHash, emailVerifiedAt: new Date() }).where('id', '=', userId).execute();
      await trx.deleteFrom('platformSession').where('userId', '=', userId).execute();
    });
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;

export { deleteSession };
