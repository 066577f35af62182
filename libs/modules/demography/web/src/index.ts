import { lazy } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { demographyModule } from '@ancrage/demography-domain';

// Pages load on first visit: the portal's initial bundle carries none of them.
const DemographyListPage = lazy(() => import('./demography-list.page').then((m) => ({ default: m.DemographyListPage })));
const DemographyPortalPage = lazy(() => import('./demography-portal.page').then((m) => ({ default: m.DemographyPortalPage })));

/** The demography module in the web app: its pages (paths match the manifest's nav). */
export const demographyWeb = defineModuleWeb({
  manifest: demographyModule,
  routes: [
    { path: 'demography', area: 'admin', Component: DemographyListPage },
    { path: 'demography', area: 'portal', Component: DemographyPortalPage },
  ],
});
