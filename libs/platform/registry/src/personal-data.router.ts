import type { TRPCRouterRecord } from '@trpc/server';
import { sql } from 'kysely';
import { dataSubjectInput } from '@ancrage/contracts';
import type { DataSubject, TenantScope } from '@ancrage/module-sdk';
import { moduleProcedures, platformManifest, type TenantScopedContext } from '@ancrage/trpc';
import { orderedServerModules } from './catalog';

const manage = moduleProcedures(platformManifest).withPermission('personal-data.manage');

async function subjectOf(ctx: TenantScopedContext, email: string): Promise<DataSubject> {
  const user = await ctx.db.selectFrom('platformUser').select('id').where('email', '=', email).executeTakeFirst();
  return { email, userId: user?.id ?? null };
}

function scopeOf(ctx: TenantScopedContext): TenantScope {
  return { tenantId: ctx.tenant.id, tenantSlug: ctx.tenant.slug, departementCode: ctx.tenant.departementCode, db: ctx.db };
}

/**
 * RGPD rights of access and erasure: one admin action covers the platform's
 * own records and every module that declares personal data.
 */
export const personalDataRouter = {
  export: manage.input(dataSubjectInput).query(async ({ ctx, input }) => {
    const subject = await subjectOf(ctx, input.email);
    const account = subject.userId
      ? await ctx.db.selectFrom('platformUser').select(['email', 'displayName', 'locale', 'createdAt', 'emailVerifiedAt']).where('id', '=', subject.userId).execute()
      : [];
    const memberships = subject.userId ? await ctx.db.selectFrom('platformMembership').select(['role', 'createdAt']).where('userId', '=', subject.userId).execute() : [];
    const emails = await ctx.db.selectFrom('platformEmail').select(['subject', 'createdAt', 'status']).where('toAddress', '=', input.email).execute();
    const modules: Record<string, Record<string, unknown[]>> = {};
    for (const module of orderedServerModules) {
      if (module.personalData && ctx.tenant.enabledModules.has(module.manifest.id)) {
        modules[module.manifest.id] = await module.personalData.export(scopeOf(ctx), subject);
      }
    }
    return { subject: input.email, exportedAt: new Date(), platform: { account, memberships, emails }, modules };
  }),

  erase: manage.input(dataSubjectInput).mutation(async ({ ctx, input }) => {
    const subject = await subjectOf(ctx, input.email);
    let erased = 0;
    for (const module of orderedServerModules) {
      if (module.personalData) erased += await module.personalData.erase(scopeOf(ctx), subject);
    }
    erased += Number((await ctx.db.deleteFrom('platformEmail').where('toAddress', '=', input.email).executeTakeFirst()).numDeletedRows);
    if (subject.userId) {
      erased += Number((await ctx.db.deleteFrom('platformMembership').where('userId', '=', subject.userId).executeTakeFirst()).numDeletedRows);
      await ctx.db.updateTable('platformAudit').set({ userId: null }).where('userId', '=', subject.userId).execute();
      // The account itself goes only if no other département still knows this person.
      const { rows } = await sql<{ n: number }>`select platform_user_membership_count(${subject.userId}) as n`.execute(ctx.db);
      if (rows[0]?.n === 0) erased += Number((await ctx.db.deleteFrom('platformUser').where('id', '=', subject.userId).executeTakeFirst()).numDeletedRows);
    }
    ctx.audit({ action: 'admin.personalData.erase', entityType: 'data-subject', entityId: '[erased]', after: { records: erased } });
    return { erased };
  }),
} satisfies TRPCRouterRecord;
