import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, platformAdminProcedure, publicProcedure } from '@ancrage/trpc';
import { createTenant } from './create-tenant';
import { findDepartement } from './departements';
import { brandingSchema, createTenantInput } from '@ancrage/contracts';

/** Tenants as the landing page and the platform admin see them. */
export const tenantsRouter = {
  list: publicProcedure.query(async ({ ctx }) => {
    const tenants = await ctx.services.database.db
      .selectFrom('platformTenant')
      .select(['slug', 'name', 'departementCode', 'regionCode', 'branding'])
      .orderBy('name')
      .execute();
    return tenants.map((tenant) => ({ ...tenant, regionName: findDepartement(tenant.departementCode)?.regionName ?? tenant.regionCode }));
  }),

  create: platformAdminProcedure.input(createTenantInput).mutation(async ({ ctx, input }) => {
    const modules = Object.fromEntries(input.modules.map((id) => [id, { enabled: true, settings: {} }]));
    const { database, catalog, onModuleEnabled } = ctx.services;
    const id = await createTenant(database.db, catalog, { ...input, hosts: [], demoUsers: [], modules }, onModuleEnabled);
    ctx.log.info({ tenantId: id, slug: input.slug, by: ctx.session.userId }, 'tenant created');
    return { id, slug: input.slug };
  }),

  departement: publicProcedure.input(z.object({ code: z.string().max(3) })).query(({ input }) => findDepartement(input.code) ?? null),
} satisfies TRPCRouterRecord;

/** The request's tenant: identity, and the navigation this visitor may see. */
export const currentTenantRouter = {
  current: publicProcedure.query(({ ctx }) => {
    if (!ctx.tenant) throw appError('NOT_FOUND', 'errors:tenantNotFound');
    const permissions = ctx.session?.permissions ?? new Set<string>();
    const { id: _id, enabledModules, moduleSettings: _settings, ...identity } = ctx.tenant;
    return {
      ...identity,
      branding: brandingSchema.parse(identity.branding ?? {}),
      enabledModules: [...enabledModules],
      nav: ctx.services.catalog.navFor(enabledModules, permissions),
    };
  }),
} satisfies TRPCRouterRecord;
