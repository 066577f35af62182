export const TENANT_ROLES = ['admin', 'officer', 'partner', 'viewer'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export interface PermissionDefinition {
  /** i18n key, in the module's namespace. */
  labelKey: string;
  /** Roles that hold this permission in every tenant where the module is enabled. */
  grantedTo: readonly TenantRole[];
  /** Permissions implied by this one (checked at boot). */
  dependsOn?: readonly string[];
}

/** A permission as the platform knows it: `<moduleId>:<resource>.<action>`. */
export type QualifiedPermission = `${string}:${string}`;

export function qualifyPermission(moduleId: string, permission: string): QualifiedPermission {
  return `${moduleId}:${permission}`;
}
