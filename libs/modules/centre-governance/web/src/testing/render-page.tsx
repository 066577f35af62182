import type { ReactElement } from 'react';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';
import { renderModulePage, type FakeAnswers } from '@ancrage/ui/testing';

export { apiRefusal, plain } from '@ancrage/ui/testing';

/** Renders a page of this module at `url` (matched against `path` for its params) with a fake API. */
export function renderPage(page: ReactElement, answers: FakeAnswers, options: { path?: string; url?: string } = {}) {
  return renderModulePage(page, answers, { module: centreGovernanceModule, ...options });
}

/** The signed-in user of the back-office, holding `permissions`. */
export const officer = (permissions: string[]) => ({
  userId: '00000000-0000-4000-8000-000000000002',
  email: 'charge@meuse.demo.ancrage.fr',
  displayName: 'Dominique (fictif)',
  isPlatformAdmin: false,
  role: 'officer',
  permissions,
});

const readPermissions = ['centre.read', 'governance.read', 'finance.read', 'activity.read', 'staff.read'];
export const READ = readPermissions.map((permission) => `${centreGovernanceModule.id}:${permission}`);
export const MANAGE = [...READ, ...readPermissions.map((permission) => `${centreGovernanceModule.id}:${permission.replace('.read', '.manage')}`)];
