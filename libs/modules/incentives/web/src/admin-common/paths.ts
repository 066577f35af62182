import { qualifyPermission } from '@ancrage/module-sdk';
import { incentivesModule } from '@ancrage/incentives-domain';

const base = (slug: string) => `/t/${slug}/admin/incentives`;

/** Addresses of the module's back-office pages (relative paths are declared in the module's routes). */
export const adminPaths = {
  schemes: (slug: string) => base(slug),
  scheme: (slug: string, id: string) => `${base(slug)}/schemes/${id}`,
  applications: (slug: string) => `${base(slug)}/applications`,
  application: (slug: string, id: string) => `${base(slug)}/applications/${id}`,
  committee: (slug: string) => `${base(slug)}/committee`,
  committeeSession: (slug: string, id: string) => `${base(slug)}/committee?session=${encodeURIComponent(id)}`,
  budget: (slug: string) => `${base(slug)}/budget`,
  reminders: (slug: string) => `${base(slug)}/reminders`,
};

/** Addresses of the platform's back-office pages this module links to. */
export const platformPaths = {
  /** One email of the outbox (the platform's emails page, opened on it). */
  email: (slug: string, id: string) => `/t/${slug}/admin/emails?email=${encodeURIComponent(id)}`,
};

type Permission = keyof (typeof incentivesModule)['permissions'];
const can = (permission: Permission) => qualifyPermission(incentivesModule.id, permission);

export const permissions = {
  readApplications: can('application.read'),
  manageSchemes: can('scheme.manage'),
  manageApplications: can('application.manage'),
  managePayments: can('payment.manage'),
  readBudget: can('budget.read'),
  overrideBudget: can('budget.override'),
  /** The platform's own permission to read the outbox. */
  readEmails: qualifyPermission('platform', 'emails.read'),
};
