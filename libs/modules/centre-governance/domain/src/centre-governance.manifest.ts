import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import fr from './locales/fr.json';
import en from './locales/en.json';

const settingsSchema = z.object({
  /** Days between the convocation and the meeting below which a convocation is flagged as late. */
  convocationNoticeDays: z.number().int().min(0).max(60).default(15),
  /** Shown as the sender's contact in convocations (empty: none). */
  secretariatEmail: z
    .string()
    .trim()
    .max(254)
    .refine((value) => value === '' || z.email().safeParse(value).success, 'errors:validation.email')
    .default(''),
});

export const centreGovernanceModule = defineModule({
  id: 'centre-governance',
  version: '1.0.0',
  dependsOn: [],
  permissions: {
    'centre.read': { labelKey: 'permissions.centre.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    'centre.manage': { labelKey: 'permissions.centre.manage', grantedTo: ['admin', 'officer'], dependsOn: ['centre.read'] },
    'governance.read': { labelKey: 'permissions.governance.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    'governance.manage': { labelKey: 'permissions.governance.manage', grantedTo: ['admin', 'officer'], dependsOn: ['governance.read'] },
    // Names and contracts of the people hosted: staff who run the centre only.
    'staff.read': { labelKey: 'permissions.staff.read', grantedTo: ['admin', 'officer'] },
    'staff.manage': { labelKey: 'permissions.staff.manage', grantedTo: ['admin', 'officer'], dependsOn: ['staff.read'] },
    // Contributions and budget: elected officials read them too.
    'finance.read': { labelKey: 'permissions.finance.read', grantedTo: ['admin', 'officer', 'viewer'] },
    'finance.manage': { labelKey: 'permissions.finance.manage', grantedTo: ['admin', 'officer'], dependsOn: ['finance.read'] },
    'activity.read': { labelKey: 'permissions.activity.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    'activity.manage': { labelKey: 'permissions.activity.manage', grantedTo: ['admin', 'officer'], dependsOn: ['activity.read'] },
  },
  tenantSettings: {
    version: 1,
    schema: settingsSchema.default({ convocationNoticeDays: 15, secretariatEmail: '' }),
    upgrade: {},
  },
  nav: [
    { key: 'centres', labelKey: 'nav.centres', path: 'centre-governance/centres', area: 'admin', permission: 'centre.read', position: 50 },
    { key: 'gip', labelKey: 'nav.gip', path: 'centre-governance/gip', area: 'admin', permission: 'governance.read', position: 51 },
    { key: 'staff', labelKey: 'nav.staff', path: 'centre-governance/staff', area: 'admin', permission: 'staff.read', position: 52 },
    { key: 'finance', labelKey: 'nav.finance', path: 'centre-governance/finance', area: 'admin', permission: 'finance.read', position: 53 },
    { key: 'activity', labelKey: 'nav.activity', path: 'centre-governance/activity', area: 'admin', permission: 'activity.read', position: 54 },
    { key: 'portal', labelKey: 'nav.portal', path: 'centre-governance', area: 'portal', position: 50 },
  ],
  personalData: [
    {
      labelKey: 'personalData.professional',
      fields: ['firstName', 'lastName', 'email', 'phone', 'profession', 'status', 'supervisorName', 'contracts', 'bookings'],
      retentionMonths: 60,
    },
  ],
  locales: { fr, en },
});

export type CentreGovernanceSettings = z.infer<typeof centreGovernanceModule.tenantSettings.schema>;
