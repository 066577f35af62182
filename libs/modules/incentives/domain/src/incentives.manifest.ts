import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import { en, fr } from './locales';

const settingsSchema = z.object({
  /** Shown on the portal and in the emails candidates receive (empty: none). */
  contactEmail: z
    .string()
    .trim()
    .max(254)
    .refine((value) => value === '' || z.email().safeParse(value).success, 'errors:validation.email')
    .default(''),
  /** How often a beneficiary under commitment is asked for a proof of practice. */
  commitmentCheckMonths: z.number().int().min(1).max(24).default(12),
  /** Days before a scheduled payment the officers are reminded of it (0: no reminder). */
  paymentReminderDays: z.number().int().min(0).max(60).default(7),
});

export const incentivesModule = defineModule({
  id: 'incentives',
  version: '1.0.0',
  dependsOn: ['territory'],
  permissions: {
    'scheme.read': { labelKey: 'permissions.scheme.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    // Schemes commit public money: admins configure and publish them.
    'scheme.manage': { labelKey: 'permissions.scheme.manage', grantedTo: ['admin'], dependsOn: ['scheme.read'] },
    // Candidates' files and personal data: the staff who instruct them.
    'application.read': { labelKey: 'permissions.application.read', grantedTo: ['admin', 'officer'], dependsOn: ['scheme.read'] },
    'application.manage': { labelKey: 'permissions.application.manage', grantedTo: ['admin', 'officer'], dependsOn: ['application.read'] },
    'payment.manage': { labelKey: 'permissions.payment.manage', grantedTo: ['admin', 'officer'], dependsOn: ['application.read'] },
    'budget.read': { labelKey: 'permissions.budget.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'], dependsOn: ['scheme.read'] },
    // Approving beyond the envelope is an explicit, audited decision.
    'budget.override': { labelKey: 'permissions.budget.override', grantedTo: ['admin'], dependsOn: ['budget.read', 'application.manage'] },
  },
  tenantSettings: {
    version: 1,
    schema: settingsSchema.default({ contactEmail: '', commitmentCheckMonths: 12, paymentReminderDays: 7 }),
    upgrade: {},
  },
  nav: [
    { key: 'schemes', labelKey: 'nav.schemes', path: 'incentives', area: 'admin', permission: 'scheme.read', position: 30 },
    { key: 'portal', labelKey: 'nav.portal', path: 'incentives', area: 'portal', position: 30 },
  ],
  personalData: [
    {
      labelKey: 'personalData.application',
      fields: ['firstName', 'lastName', 'email', 'phone', 'birthDate', 'profile', 'documents', 'payments', 'commitment'],
      // Public money: files are kept ten years after the commitment ends (accounting and audit).
      retentionMonths: 120,
    },
  ],
  locales: { fr, en },
});

export type IncentivesSettings = z.infer<typeof incentivesModule.tenantSettings.schema>;
