import { lazy, type ComponentType } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { incentivesModule } from '@ancrage/incentives-domain';

// Pages load on first visit: the portal's initial bundle carries none of them.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const SchemesPage = page(() => import('./schemes/schemes.page'), 'SchemesPage');
const SchemeEditorPage = page(() => import('./schemes/scheme-editor.page'), 'SchemeEditorPage');
const ApplicationsPage = page(() => import('./applications/applications.page'), 'ApplicationsPage');
const ApplicationPage = page(() => import('./applications/application.page'), 'ApplicationPage');
const RemindersPage = page(() => import('./reminders/reminders.page'), 'RemindersPage');
const CommitteePage = page(() => import('./committee/committee.page'), 'CommitteePage');
const BudgetPage = page(() => import('./budget/budget.page'), 'BudgetPage');
const PortalSchemesPage = page(() => import('./portal/portal-schemes.page'), 'PortalSchemesPage');
const PortalSchemePage = page(() => import('./portal/portal-scheme.page'), 'PortalSchemePage');
const SimulatorPage = page(() => import('./portal/simulator.page'), 'SimulatorPage');
const ApplyPage = page(() => import('./portal/apply.page'), 'ApplyPage');
const MyApplicationsPage = page(() => import('./portal/my-applications.page'), 'MyApplicationsPage');
const MyApplicationPage = page(() => import('./portal/my-application.page'), 'MyApplicationPage');

/** The incentives module in the web app: its pages (paths match the manifest's nav). */
export const incentivesWeb = defineModuleWeb({
  manifest: incentivesModule,
  routes: [
    { path: 'incentives', area: 'admin', Component: SchemesPage },
    { path: 'incentives/schemes/:id', area: 'admin', Component: SchemeEditorPage },
    { path: 'incentives/applications', area: 'admin', Component: ApplicationsPage },
    { path: 'incentives/applications/:id', area: 'admin', Component: ApplicationPage },
    { path: 'incentives/reminders', area: 'admin', Component: RemindersPage },
    { path: 'incentives/committee', area: 'admin', Component: CommitteePage },
    { path: 'incentives/budget', area: 'admin', Component: BudgetPage },
    { path: 'incentives', area: 'portal', Component: PortalSchemesPage },
    { path: 'incentives/schemes/:slug', area: 'portal', Component: PortalSchemePage },
    { path: 'incentives/simulator', area: 'portal', Component: SimulatorPage },
    { path: 'incentives/apply/:slug', area: 'portal', Component: ApplyPage },
    { path: 'incentives/my-applications', area: 'portal', Component: MyApplicationsPage },
    { path: 'incentives/my-applications/:id', area: 'portal', Component: MyApplicationPage },
  ],
});
