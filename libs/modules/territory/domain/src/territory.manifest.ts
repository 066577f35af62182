import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import fr from './locales/fr.json';
import en from './locales/en.json';

export const territoryModule = defineModule({
  id: 'territory',
  version: '1.0.0',
  dependsOn: [],
  permissions: {
    'territory.read': { labelKey: 'permissions.territory.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    'perimeter.manage': { labelKey: 'permissions.perimeter.manage', grantedTo: ['admin', 'officer'], dependsOn: ['territory.read'] },
  },
  tenantSettings: {
    version: 1,
    schema: z
      .object({
        showCommunesOnPortal: z.boolean().default(true),
        defaultPageSize: z.number().int().min(10).max(100).default(25),
      })
      .default({ showCommunesOnPortal: true, defaultPageSize: 25 }),
    upgrade: {},
  },
  nav: [
    { key: 'communes', labelKey: 'nav.communes', path: 'territory/communes', area: 'admin', permission: 'territory.read', position: 10 },
    { key: 'perimeters', labelKey: 'nav.perimeters', path: 'territory/perimeters', area: 'admin', permission: 'territory.read', position: 20 },
    { key: 'portal', labelKey: 'nav.portal', path: 'territory', area: 'portal', position: 10 },
  ],
  personalData: [],
  locales: { fr, en },
});

export type TerritorySettings = z.infer<typeof territoryModule.tenantSettings.schema>;
