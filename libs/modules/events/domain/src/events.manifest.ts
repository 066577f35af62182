import { z } from 'zod';
import { defineModule } from '@ancrage/module-sdk';
import fr from './locales/fr.json';
import en from './locales/en.json';

const settingsSchema = z.object({
  /** When registrants get their reminder (0: no reminder). */
  reminderHoursBefore: z.number().int().min(0).max(336).default(48),
  /** Shown on the portal and as the organiser of calendar entries (empty: none). */
  contactEmail: z
    .string()
    .trim()
    .max(254)
    .refine((value) => value === '' || z.email().safeParse(value).success, 'errors:validation.email')
    .default(''),
});

export const eventsModule = defineModule({
  id: 'events',
  version: '1.0.0',
  dependsOn: [],
  permissions: {
    'event.read': { labelKey: 'permissions.event.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] },
    'event.manage': { labelKey: 'permissions.event.manage', grantedTo: ['admin', 'officer'], dependsOn: ['event.read'] },
    // Registrants' names and answers: staff who run the events only.
    'registration.read': { labelKey: 'permissions.registration.read', grantedTo: ['admin', 'officer'], dependsOn: ['event.read'] },
    'registration.manage': { labelKey: 'permissions.registration.manage', grantedTo: ['admin', 'officer'], dependsOn: ['registration.read'] },
  },
  tenantSettings: {
    version: 1,
    schema: settingsSchema.default({ reminderHoursBefore: 48, contactEmail: '' }),
    upgrade: {},
  },
  nav: [
    { key: 'events', labelKey: 'nav.events', path: 'events', area: 'admin', permission: 'event.read', position: 40 },
    { key: 'portal', labelKey: 'nav.portal', path: 'events', area: 'portal', position: 40 },
  ],
  personalData: [
    {
      labelKey: 'personalData.registration',
      fields: ['firstName', 'lastName', 'email', 'phone', 'audience', 'organisation', 'answers', 'checkedInAt'],
      retentionMonths: 24,
    },
  ],
  locales: { fr, en },
});

export type EventsSettings = z.infer<typeof eventsModule.tenantSettings.schema>;
