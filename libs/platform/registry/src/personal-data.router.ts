import type { TRPCRouterRecord } from '@trpc/server';
import { sql } from 'kysely';
import { assertAnotherAdminRemains } from '@ancrage/auth';
import { dataSubjectInput } from '@ancrage/contracts';
import type { DataSubject, TenantScope } from '@ancrage/module-sdk';
import { moduleProcedures, platformManifest, type TenantScopedContext } from '@ancrage/trpc';
import { orderedServerModules } from './catalog';

const manage = moduleProcedures(platformManifest).withPermission('personal-data.manage');

/**
 * The person as this tenant knows them: their account counts only if they hold
 * a role here (the table of accounts is shared by all départements).
 */
async function subjectOf(ctx: TenantScopedContext, email: string): Promise<DataSubject & { role: string | null }> {
  const member = await ctx.db
    .selectFrom('platformMembership as m')
    .innerJoin('platformUser as u', 'u.id', 'm.userId')
    .select(['u.id', 'm.role'])
    .where('u.email', '=', email)
    .executeTakeFirst();
  return { email, userId: member?.id ?? null, role: member?.role ?? null };
}

function scopeOf(ctx: TenantScopedContext): TenantScope {
  return { tenantId: ctx.tenant.id, tenantSlug: ctx.tenant.slug, departementCode: ctx.tenant.departementCode, db: ctx.db };
}

/**
 * RGPD rights of access and erasure: one admin action covers the platform's
 * own records and every module that declares personal data, in this tenant.
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
    // An export discloses personal data: it is traced like a change.
    await ctx.db
      .insertInto('platformAudit')
      .values({ tenantId: ctx.tenant.id, userId: ctx.session?.userId ?? null, action: 'admin.personalData.export', entityType: 'data-subject', entityId: subject.userId, before: null, after: null, requestId: ctx.requestId })
      .execute();
    return { subject: input.email, exportedAt: new Date(), platform: { account, memberships, emails }, modules };
  }),

  erase: manage.input(dataSubjectInput).mutation(async ({ ctx, input }) => {
    const subject = await subjectOf(ctx, input.email);
    if (subject.userId && subject.role === 'admin') await assertAnotherAdminRemains(ctx.db, subject.userId);
    let erased = 0;
    for (const module of orderedServerModules) {
      if (module.personalData) erased += await module.personalData.erase(scopeOf(ctx), subject);
    }
    erased += Number((await ctx.db.deleteFrom('platformEmail').where('toAddress', '=', input.email).executeTakeFirst()).numDeletedRows);
    if (subject.userId) {
      erased += Number((await ctx.db.deleteFrom('platformMembership').where('userId', '=', subject.userId).executeTakeFirst()).numDeletedRows);
      await ctx.db.updateTable('platformAudit').set({ userId: null }).where('userId', '=', subject.userId).execute();
      await ctx.db.updateTable('platformAudit').set({ entityId: null }).where('entityId', '=', subject.userId).execute();
      // The account itself goes only if no other département still knows this person.
      const { rows } = await sql<{ deleted: boolean }>`select platform_erase_orphan_account(${subject.userId}) as deleted`.execute(ctx.db);
      if (rows[0]?.deleted) erased += 1;
    }
    ctx.audit({ action: 'admin.personalData.erase', entityType: 'data-subject', entityId: '[erased]', after: { records: erased } });
    return { erased };
  }),
} satisfies TRPCRouterRecord;
