import { lazy } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { territoryModule } from '@ancrage/territory-domain';

// Pages load on first visit: the portal's initial bundle carries none of them.
const CommunesPage = lazy(() => import('./communes/communes.page').then((m) => ({ default: m.CommunesPage })));
const PerimetersPage = lazy(() => import('./perimeters/perimeters.page').then((m) => ({ default: m.PerimetersPage })));
const PerimeterEditPage = lazy(() => import('./perimeters/perimeter-edit.page').then((m) => ({ default: m.PerimeterEditPage })));
const TerritoryPortalPage = lazy(() => import('./portal/territory-portal.page').then((m) => ({ default: m.TerritoryPortalPage })));
const TerritoryDashboardWidget = lazy(() => import('./summary/territory-dashboard-widget').then((m) => ({ default: m.TerritoryDashboardWidget })));

/** The territory module in the web app: its pages (paths match the manifest's nav) and dashboard card. */
export const territoryWeb = defineModuleWeb({
  manifest: territoryModule,
  routes: [
    { path: 'territory/communes', area: 'admin', Component: CommunesPage },
    { path: 'territory/perimeters', area: 'admin', Component: PerimetersPage },
    { path: 'territory/perimeters/new', area: 'admin', Component: PerimeterEditPage },
    { path: 'territory/perimeters/:id', area: 'admin', Component: PerimeterEditPage },
    { path: 'territory', area: 'portal', Component: TerritoryPortalPage },
  ],
  dashboardWidget: TerritoryDashboardWidget,
});
