import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import fr from './locales/fr.json';
import en from './locales/en.json';

export const demographyModule = defineModule({
  id: 'demography',
  version: '1.0.0',
  dependsOn: ['territory'],
  permissions: {
    'demography.read': { labelKey: 'permissions.demography.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    'demography.import': { labelKey: 'permissions.demography.import', grantedTo: ['admin', 'officer'], dependsOn: ['demography.read'] },
    'demography.configure': { labelKey: 'permissions.demography.configure', grantedTo: ['admin', 'officer'], dependsOn: ['demography.read'] },
  },
  tenantSettings: {
    version: 1,
    schema: z
      .object({
        secrecyThreshold: z.number().int().min(1).max(20).default(5),
        detourFactor: z.number().min(1).max(3).default(1.3),
        speedKmh: z.number().min(10).max(130).default(60),
        fullWeightMinutes: z.number().int().min(0).max(120).default(10),
        mediumWeightMinutes: z.number().int().min(0).max(120).default(15),
        mediumWeight: z.number().min(0).max(1).default(0.66),
        lowWeightMinutes: z.number().int().min(0).max(120).default(20),
        lowWeight: z.number().min(0).max(1).default(0.33),
        underservedPercentOfMean: z.number().int().min(1).max(100).default(70),
        showMapOnPortal: z.boolean().default(true),
      })
      .default({
        secrecyThreshold: 5,
        detourFactor: 1.3,
        speedKmh: 60,
        fullWeightMinutes: 10,
        mediumWeightMinutes: 15,
        mediumWeight: 0.66,
        lowWeightMinutes: 20,
        lowWeight: 0.33,
        underservedPercentOfMean: 70,
        showMapOnPortal: true,
      }),
    upgrade: {},
  },
  nav: [
    { key: 'overview', labelKey: 'nav.overview', path: 'demography', area: 'admin', permission: 'demography.read', position: 30 },
    { key: 'imports', labelKey: 'nav.imports', path: 'demography/imports', area: 'admin', permission: 'demography.import', position: 31 },
    { key: 'portal', labelKey: 'nav.portal', path: 'demography', area: 'portal', position: 20 },
  ],
  // Names and practice sites from the public RPPS directory, kept with the snapshot they came from.
  personalData: [{ labelKey: 'personalData.professional', fields: ['nationalId', 'lastName', 'firstName', 'practiceSite'], retentionMonths: 60 }],
  locales: { fr, en },
});

export type DemographySettings = z.infer<typeof demographyModule.tenantSettings.schema>;
