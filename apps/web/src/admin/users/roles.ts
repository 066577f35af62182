import { TENANT_ROLES, type TenantRole } from '@ancrage/module-sdk';

/** Role options, labelled in the page's language (platform:roles.<role>). */
export function roleOptions(t: (key: string) => string): { value: TenantRole; label: string }[] {
  return TENANT_ROLES.map((role) => ({ value: role, label: t(`platform:roles.${role}`) }));
}
