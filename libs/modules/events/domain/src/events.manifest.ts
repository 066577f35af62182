import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import fr from './locales/fr.json';
import en from './locales/en.json';

export const eventsModule = defineModule({
  id: 'events',
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
    { key: 'items', labelKey: 'nav.items', path: 'events', area: 'admin', permission: 'item.read', position: 100 },
    { key: 'portal', labelKey: 'nav.portal', path: 'events', area: 'portal', position: 100 },
  ],
  personalData: [],
  locales: { fr, en },
});

export type EventsSettings = z.infer<typeof eventsModule.tenantSettings.schema>;
