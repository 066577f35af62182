import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import fr from './locales/fr.json';
import en from './locales/en.json';

export const centreGovernanceModule = defineModule({
  id: 'centre-governance',
  version: '0.1.0',
  dependsOn: [],
  permissions: {
    'item.read': { labelKey: 'permissions.item.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    'item.manage': { labelKey: 'permissions.item.manage', grantedTo: ['admin', 'officer'], dependsOn: ['item.read'] },
  },
  tenantSettings: {
    version: 1,
    schema: z
      .object({
        pageSize: z.number().int().min(10).max(100).default(25),
      })
      .default({ pageSize: 25 }),
    upgrade: {},
  },
  nav: [
    { key: 'items', labelKey: 'nav.items', path: 'centre-governance', area: 'admin', permission: 'item.read', position: 100 },
    { key: 'portal', labelKey: 'nav.portal', path: 'centre-governance', area: 'portal', position: 100 },
  ],
  personalData: [],
  locales: { fr, en },
});

export type CentreGovernanceSettings = z.infer<typeof centreGovernanceModule.tenantSettings.schema>;
