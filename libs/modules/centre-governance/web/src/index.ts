import { lazy } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';

// Pages load on first visit: the portal's initial bundle carries none of them.
const CentreGovernanceListPage = lazy(() => import('./centre-governance-list.page').then((m) => ({ default: m.CentreGovernanceListPage })));
const CentreGovernancePortalPage = lazy(() => import('./centre-governance-portal.page').then((m) => ({ default: m.CentreGovernancePortalPage })));

/** The centre-governance module in the web app: its pages (paths match the manifest's nav). */
export const centreGovernanceWeb = defineModuleWeb({
  manifest: centreGovernanceModule,
  routes: [
    { path: 'centre-governance', area: 'admin', Component: CentreGovernanceListPage },
    { path: 'centre-governance', area: 'portal', Component: CentreGovernancePortalPage },
  ],
});
