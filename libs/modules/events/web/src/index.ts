import { lazy, type ComponentType } from 'react';
import { defineModuleWeb } from '@ancrage/module-sdk';
import { eventsModule } from '@ancrage/events-domain';

// Pages load on first visit: the portal's initial bundle carries none of them (nor the QR decoder).
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const EventsPortalPage = page(() => import('./portal/events-portal.page'), 'EventsPortalPage');
const EventDetailPage = page(() => import('./portal/event-detail.page'), 'EventDetailPage');
const MyRegistrationPage = page(() => import('./portal/my-registration.page'), 'MyRegistrationPage');
const EventsAdminPage = page(() => import('./admin/events-admin.page'), 'EventsAdminPage');
const EventEditPage = page(() => import('./admin/event-edit.page'), 'EventEditPage');
const EventManagePage = page(() => import('./admin/event-manage.page'), 'EventManagePage');
const CheckInPage = page(() => import('./admin/check-in.page'), 'CheckInPage');

/** The events module in the web app: its pages (paths match the manifest's nav). */
export const eventsWeb = defineModuleWeb({
  manifest: eventsModule,
  routes: [
    { path: 'events', area: 'portal', Component: EventsPortalPage },
    // Before ':id', so that the personal page is never read as an event id.
    { path: 'events/registration', area: 'portal', Component: MyRegistrationPage },
    { path: 'events/:id', area: 'portal', Component: EventDetailPage },
    { path: 'events', area: 'admin', Component: EventsAdminPage },
    { path: 'events/new', area: 'admin', Component: EventEditPage },
    { path: 'events/:id', area: 'admin', Component: EventManagePage },
    { path: 'events/:id/edit', area: 'admin', Component: EventEditPage },
    { path: 'events/:id/check-in', area: 'admin', Component: CheckInPage },
  ],
});
