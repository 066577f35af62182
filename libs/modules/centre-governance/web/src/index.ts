import { lazy, type ComponentType } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';

// Pages load on first visit: the portal's initial bundle carries none of them (nor the charts).
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const CentresPage = page(() => import('./centres/centres.page'), 'CentresPage');
const CentrePage = page(() => import('./centres/centre.page'), 'CentrePage');
const GipPage = page(() => import('./gip/gip.page'), 'GipPage');
const MeetingPage = page(() => import('./meetings/meeting.page'), 'MeetingPage');
const StaffPage = page(() => import('./staff/staff.page'), 'StaffPage');
const FinancePage = page(() => import('./finance/finance.page'), 'FinancePage');
const ActivityPage = page(() => import('./activity/activity.page'), 'ActivityPage');
const CentresPortalPage = page(() => import('./portal/centres-portal.page'), 'CentresPortalPage');

/** The centre-governance module in the web app: its pages (paths match the manifest's nav). */
export const centreGovernanceWeb = defineModuleWeb({
  manifest: centreGovernanceModule,
  routes: [
    // The module's own address shows its centres too; the nav points at /centres so that it is not a prefix of the other entries.
    { path: 'centre-governance', area: 'admin', Component: CentresPage },
    { path: 'centre-governance/centres', area: 'admin', Component: CentresPage },
    { path: 'centre-governance/centres/:id', area: 'admin', Component: CentrePage },
    { path: 'centre-governance/gip', area: 'admin', Component: GipPage },
    { path: 'centre-governance/meetings/:id', area: 'admin', Component: MeetingPage },
    { path: 'centre-governance/staff', area: 'admin', Component: StaffPage },
    { path: 'centre-governance/finance', area: 'admin', Component: FinancePage },
    { path: 'centre-governance/activity', area: 'admin', Component: ActivityPage },
    { path: 'centre-governance', area: 'portal', Component: CentresPortalPage },
  ],
});
