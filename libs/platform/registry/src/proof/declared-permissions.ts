// The permissions every module declares, and who holds them, computed from the
// manifests alone (independently of the catalog code the platform runs).
import { qualifyPermission, type AnyModuleManifest, type TenantRole } from '@ancrage/module-sdk';

export interface DeclaredPermission {
  qualified: string;
  moduleId: string;
  /** Roles the manifest grants it to directly. */
  grantedTo: readonly TenantRole[];
  /**
   * Roles that must hold it: those it is granted to, and those granted any
   * permission that depends on it (whoever may manage an event may read it).
   */
  closure: ReadonlySet<TenantRole>;
}

export function declaredPermissions(manifests: readonly AnyModuleManifest[]): DeclaredPermission[] {
  return manifests.flatMap((manifest) => {
    const permissions = manifest.permissions as Record<string, { grantedTo: readonly TenantRole[]; dependsOn?: readonly string[] }>;
    const impliedBy = (name: string, seen = new Set<string>()): string[] =>
      Object.entries(permissions)
        .filter(([other, definition]) => !seen.has(other) && (definition.dependsOn ?? []).includes(name))
        .flatMap(([other]) => [other, ...impliedBy(other, new Set([...seen, other]))]);
    return Object.entries(permissions).map(([name, definition]) => ({
      qualified: qualifyPermission(manifest.id, name),
      moduleId: manifest.id,
      grantedTo: definition.grantedTo,
      closure: new Set<TenantRole>([...definition.grantedTo, ...impliedBy(name).flatMap((other) => permissions[other]?.grantedTo ?? [])]),
    }));
  });
}

