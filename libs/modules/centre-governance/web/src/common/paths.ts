import { qualifyPermission } from '@ancrage/module-sdk';
import { centreGovernanceModule, type centreGovernanceModule as Manifest } from '@ancrage/centre-governance-domain';

const base = (slug: string) => `/t/${slug}/admin/centre-governance`;

/** Addresses of the module's pages (relative paths are declared in the module's routes). */
export const cgPaths = {
  centres: (slug: string) => `${base(slug)}/centres`,
  centre: (slug: string, id: string) => `${base(slug)}/centres/${id}`,
  gip: (slug: string) => `${base(slug)}/gip`,
  meeting: (slug: string, id: string) => `${base(slug)}/meetings/${id}`,
  staff: (slug: string) => `${base(slug)}/staff`,
  finance: (slug: string) => `${base(slug)}/finance`,
  activity: (slug: string) => `${base(slug)}/activity`,
};

type Permission = keyof (typeof Manifest)['permissions'];
const can = (permission: Permission) => qualifyPermission(centreGovernanceModule.id, permission);

export const permissions = {
  manageCentres: can('centre.manage'),
  manageGovernance: can('governance.manage'),
  manageStaff: can('staff.manage'),
  manageFinance: can('finance.manage'),
  manageActivity: can('activity.manage'),
  uploadFiles: 'platform:files.upload',
};
