import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, invalidInput, moduleProcedures, platformManifest, PLATFORM_MODULE_ID } from '@ancrage/trpc';

const manage = moduleProcedures(platformManifest).withPermission('modules.manage');
const moduleId = z.string().min(1).max(60);

/** Tenant admins enable, disable and configure modules. */
export const modulesRouter = {
  list: manage.query(async ({ ctx }) => {
    const rows = await ctx.db.selectFrom('platformTenantModule').select(['moduleId', 'enabled']).execute();
    const enabled = new Map(rows.map((r) => [r.moduleId, r.enabled]));
    return ctx.services.catalog.modules
      .filter((m) => m.id !== PLATFORM_MODULE_ID)
      .map((m) => ({
        id: m.id,
        version: m.version,
        dependsOn: [...m.dependsOn],
        enabled: enabled.get(m.id) ?? false,
        settings: ctx.tenant.moduleSettings.get(m.id) ?? m.tenantSettings.schema.parse({}),
        settingsSchema: z.toJSONSchema(m.tenantSettings.schema, { io: 'input', unrepresentable: 'any' }),
      }));
  }),

  setEnabled: manage.input(z.object({ moduleId, enabled: z.boolean() })).mutation(async ({ ctx, input }) => {
    const manifest = ctx.services.catalog.get(input.moduleId);
    if (!manifest || manifest.id === PLATFORM_MODULE_ID) throw appError('NOT_FOUND', 'errors:modules.unknown');
    const enabled = ctx.tenant.enabledModules;
    if (input.enabled) {
      const missing = manifest.dependsOn.find((dependency) => !enabled.has(dependency));
      if (missing) throw appError('BAD_REQUEST', 'errors:modules.dependencyDisabled', { dependency: missing });
    } else {
      const dependent = ctx.services.catalog.dependentsOf(manifest.id).find((m) => enabled.has(m.id));
      if (dependent) throw appError('BAD_REQUEST', 'errors:modules.requiredBy', { dependent: dependent.id });
    }
    await ctx.db
      .insertInto('platformTenantModule')
      .values({
        tenantId: ctx.tenant.id,
        moduleId: manifest.id,
        enabled: input.enabled,
        settings: JSON.stringify(manifest.tenantSettings.schema.parse({})),
        settingsVersion: manifest.tenantSettings.version,
      })
      .onConflict((oc) => oc.columns(['tenantId', 'moduleId']).doUpdateSet({ enabled: input.enabled, updatedAt: new Date() }))
      .execute();
    if (input.enabled && !enabled.has(manifest.id)) {
      const { id: tenantId, slug: tenantSlug, departementCode } = ctx.tenant;
      await ctx.services.onModuleEnabled(manifest.id, { tenantId, tenantSlug, departementCode, db: ctx.db });
    }
    ctx.audit({ entityType: 'module', entityId: manifest.id, before: { enabled: enabled.has(manifest.id) }, after: { enabled: input.enabled } });
    return { ok: true };
  }),

  updateSettings: manage.input(z.object({ moduleId, settings: z.record(z.string(), z.unknown()) })).mutation(async ({ ctx, input }) => {
    const manifest = ctx.services.catalog.get(input.moduleId);
    if (!manifest || manifest.id === PLATFORM_MODULE_ID) throw appError('NOT_FOUND', 'errors:modules.unknown');
    const parsed = manifest.tenantSettings.schema.safeParse(input.settings);
    if (!parsed.success) throw invalidInput(parsed.error);
    const settings = parsed.data as Record<string, unknown>;
    const updated = await ctx.db
      .updateTable('platformTenantModule')
      .set({ settings: JSON.stringify(settings), settingsVersion: manifest.tenantSettings.version, updatedAt: new Date() })
      .where('moduleId', '=', manifest.id)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw appError('NOT_FOUND', 'errors:moduleDisabled');
    ctx.audit({ entityType: 'module-settings', entityId: manifest.id, before: ctx.tenant.moduleSettings.get(manifest.id) ?? null, after: settings });
    return { settings };
  }),
} satisfies TRPCRouterRecord;
