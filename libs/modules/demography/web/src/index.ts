import { lazy } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { demographyModule } from '@ancrage/demography-domain';

// Pages load on first visit: the portal's initial bundle carries none of them (nor the charts).
const OverviewPage = lazy(() => import('./overview/overview.page').then((m) => ({ default: m.OverviewPage })));
const CommunePage = lazy(() => import('./commune/commune.page').then((m) => ({ default: m.CommunePage })));
const ImportsPage = lazy(() => import('./imports/imports.page').then((m) => ({ default: m.ImportsPage })));
const DemographyPortalPage = lazy(() => import('./portal/demography-portal.page').then((m) => ({ default: m.DemographyPortalPage })));

/** The demography module in the web app: its pages (paths match the manifest's nav). */
export const demographyWeb = defineModuleWeb({
  manifest: demographyModule,
  routes: [
    { path: 'demography', area: 'admin', Component: OverviewPage },
    { path: 'demography/communes/:code', area: 'admin', Component: CommunePage },
    { path: 'demography/imports', area: 'admin', Component: ImportsPage },
    { path: 'demography', area: 'portal', Component: DemographyPortalPage },
  ],
});
