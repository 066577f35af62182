import type { TRPCRouterRecord } from '@trpc/server';
import type { Transaction } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import { appError, moduleProcedures, platformManifest } from '@ancrage/trpc';
import { issueAccountToken } from './account-tokens';
import { portalLink, sendAccountEmail } from './account-emails';
import { inviteUserInput, removeUserInput, setRoleInput } from '@ancrage/contracts';

const manage = moduleProcedures(platformManifest).withPermission('users.manage');

export async function assertAnotherAdminRemains(db: Transaction<PlatformDatabase>, userId: string) {
  const others = await db
    .selectFrom('platformMembership')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('userId', '!=', userId)
    .executeTakeFirstOrThrow();
  if (Number(others.n) === 0) throw appError('CONFLICT', 'errors:users.lastAdmin');
}

/** The tenant's staff accounts: admins invite people and set their roles. */
export const usersRouter = {
  list: manage.query(({ ctx }) =>
    ctx.db
      .selectFrom('platformMembership as m')
      .innerJoin('platformUser as u', 'u.id', 'm.userId')
      .select(['u.id as userId', 'u.email', 'u.displayName', 'm.role', 'm.createdAt', 'u.emailVerifiedAt'])
      .orderBy('u.displayName')
      .execute(),
  ),

  invite: manage.input(inviteUserInput).mutation(async ({ ctx, input }) => {
    const user =
      (await ctx.db.selectFrom('platformUser').select(['id', 'displayName']).where('email', '=', input.email).executeTakeFirst()) ??
      (await ctx.db
        .insertInto('platformUser')
        .values({ email: input.email, displayName: input.displayName, passwordHash: null, emailVerifiedAt: null, locale: ctx.locale })
        .returning(['id', 'displayName'])
        .executeTakeFirstOrThrow());
    const existing = await ctx.db.selectFrom('platformMembership').select('role').where('userId', '=', user.id).executeTakeFirst();
    // A member's role changes through setRole, which keeps at least one admin.
    if (existing) throw appError('CONFLICT', 'errors:users.alreadyMember');
    await ctx.db.insertInto('platformMembership').values({ tenantId: ctx.tenant.id, userId: user.id, role: input.role }).execute();
    const token = await issueAccountToken(ctx.db, { kind: 'reset_password', userId: user.id, tenantId: ctx.tenant.id, validHours: 24 * 7 });
    await sendAccountEmail(ctx, ctx.tenant, {
      template: 'invitation',
      to: input.email,
      params: {
        name: user.displayName,
        inviter: ctx.session.displayName,
        role: ctx.t(`platform:roles.${input.role}`),
        link: portalLink(ctx, ctx.tenant.slug, 'reset-password', token),
      },
      db: ctx.db,
    });
    // The audit names the account by id only: erasing the person leaves no address behind.
    ctx.audit({ entityType: 'membership', entityId: user.id, before: null, after: { role: input.role } });
    return { userId: user.id };
  }),

  setRole: manage.input(setRoleInput).mutation(async ({ ctx, input }) => {
    const before = await ctx.db.selectFrom('platformMembership').select('role').where('userId', '=', input.userId).executeTakeFirst();
    if (!before) throw appError('NOT_FOUND', 'errors:notFound');
    if (before.role === 'admin' && input.role !== 'admin') await assertAnotherAdminRemains(ctx.db, input.userId);
    await ctx.db.updateTable('platformMembership').set({ role: input.role }).where('userId', '=', input.userId).execute();
    ctx.audit({ entityType: 'membership', entityId: input.userId, before, after: { role: input.role } });
    return { ok: true };
  }),

  remove: manage.input(removeUserInput).mutation(async ({ ctx, input }) => {
    const before = await ctx.db.selectFrom('platformMembership').select('role').where('userId', '=', input.userId).executeTakeFirst();
    if (!before) throw appError('NOT_FOUND', 'errors:notFound');
    if (before.role === 'admin') await assertAnotherAdminRemains(ctx.db, input.userId);
    await ctx.db.deleteFrom('platformMembership').where('userId', '=', input.userId).execute();
    ctx.audit({ entityType: 'membership', entityId: input.userId, before, after: null });
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
