import type { AnyModuleManifest, NavEntry } from './define-module';
import { orderModules } from './module-order';
import { qualifyPermission, type TenantRole } from './permissions';

/** All modules this deployment knows, in dependency order, with lookups the platform needs. */
export class ModuleCatalog {
  readonly modules: readonly AnyModuleManifest[];
  private readonly byId: ReadonlyMap<string, AnyModuleManifest>;

  constructor(manifests: readonly AnyModuleManifest[]) {
    this.modules = orderModules(manifests);
    for (const module of this.modules) {
      // Enabling a module stores its defaults: every setting needs one.
      if (!module.tenantSettings.schema.safeParse({}).success) {
        throw new Error(`Module "${module.id}": every tenant setting needs a default`);
      }
    }
    this.byId = new Map(this.modules.map((m) => [m.id, m]));
  }

  get(id: string): AnyModuleManifest | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Modules that list `id` in their dependsOn. */
  dependentsOf(id: string): AnyModuleManifest[] {
    return this.modules.filter((m) => m.dependsOn.includes(id));
  }

  /** Qualified permissions a role holds through the modules enabled for a tenant. */
  permissionsFor(role: TenantRole, enabledModules: ReadonlySet<string>): Set<string> {
    const granted = new Set<string>();
    for (const module of this.modules) {
      if (!enabledModules.has(module.id)) continue;
      for (const [name, definition] of Object.entries(module.permissions)) {
        if (definition.grantedTo.includes(role)) granted.add(qualifyPermission(module.id, name));
      }
    }
    return granted;
  }

  /** Navigation of the enabled modules that these permissions may see, by position. */
  navFor(enabledModules: ReadonlySet<string>, permissions: ReadonlySet<string>): (NavEntry & { moduleId: string })[] {
    return this.modules
      .filter((m) => enabledModules.has(m.id))
      .flatMap((m) =>
        m.nav
          .filter((entry) => !entry.permission || permissions.has(qualifyPermission(m.id, entry.permission)))
          .map((entry) => ({ ...entry, moduleId: m.id })),
      )
      .sort((a, b) => a.position - b.position);
  }
}
