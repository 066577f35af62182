import { lazy } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { eventsModule } from '@ancrage/events-domain';

// Pages load on first visit: the portal's initial bundle carries none of them.
const EventsListPage = lazy(() => import('./events-list.page').then((m) => ({ default: m.EventsListPage })));
const EventsPortalPage = lazy(() => import('./events-portal.page').then((m) => ({ default: m.EventsPortalPage })));

/** The events module in the web app: its pages (paths match the manifest's nav). */
export const eventsWeb = defineModuleWeb({
  manifest: eventsModule,
  routes: [
    { path: 'events', area: 'admin', Component: EventsListPage },
    { path: 'events', area: 'portal', Component: EventsPortalPage },
  ],
});
