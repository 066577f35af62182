import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import { platformResources } from '@ancrage/i18n';

/**
 * The platform's own permissions and back-office entries, declared like a
 * module's. It is enabled for every tenant and cannot be disabled.
 */
export const platformManifest = defineModule({
  id: 'platform',
  version: '1.0.0',
  dependsOn: [],
  permissions: {
    'users.manage': { labelKey: 'permissions.users.manage', grantedTo: ['admin'] },
    'modules.manage': { labelKey: 'permissions.modules.manage', grantedTo: ['admin'] },
    'audit.read': { labelKey: 'permissions.audit.read', grantedTo: ['admin'] },
    'emails.read': { labelKey: 'permissions.emails.read', grantedTo: ['admin', 'officer'] },
    'personal-data.manage': { labelKey: 'permissions.personal-data.manage', grantedTo: ['admin'] },
    'files.read': { labelKey: 'permissions.files.read', grantedTo: ['admin', 'officer'] },
    'files.upload': { labelKey: 'permissions.files.upload', grantedTo: ['admin', 'officer'], dependsOn: ['files.read'] },
  },
  tenantSettings: { version: 1, schema: z.object({}).default({}), upgrade: {} },
  nav: [
    { key: 'modules', labelKey: 'nav.modules', path: 'modules', area: 'admin', permission: 'modules.manage', position: 900 },
    { key: 'users', labelKey: 'nav.users', path: 'users', area: 'admin', permission: 'users.manage', position: 910 },
    { key: 'emails', labelKey: 'nav.emails', path: 'emails', area: 'admin', permission: 'emails.read', position: 920 },
    { key: 'audit', labelKey: 'nav.audit', path: 'audit', area: 'admin', permission: 'audit.read', position: 930 },
    { key: 'personalData', labelKey: 'nav.personalData', path: 'personal-data', area: 'admin', permission: 'personal-data.manage', position: 940 },
  ],
  personalData: [
    { labelKey: 'personalData.account', fields: ['email', 'displayName', 'locale'], retentionMonths: 36 },
    { labelKey: 'personalData.membership', fields: ['role'], retentionMonths: 0 },
  ],
  locales: platformResources['platform'] as { fr: Record<string, unknown>; en: Record<string, unknown> },
});

export const PLATFORM_MODULE_ID = platformManifest.id;
