import { qualifyPermission } from '@ancrage/module-sdk';
import { eventsModule } from '@ancrage/events-domain';

/** Addresses of the module's pages (relative paths are declared in the module's routes). */
export const eventPaths = {
  portalList: (slug: string) => `/t/${slug}/events`,
  portalEvent: (slug: string, id: string) => `/t/${slug}/events/${id}`,
  myRegistration: (slug: string, token: string) => `/t/${slug}/events/registration?token=${encodeURIComponent(token)}`,
  adminList: (slug: string) => `/t/${slug}/admin/events`,
  create: (slug: string) => `/t/${slug}/admin/events/new`,
  manage: (slug: string, id: string) => `/t/${slug}/admin/events/${id}`,
  edit: (slug: string, id: string) => `/t/${slug}/admin/events/${id}/edit`,
  checkIn: (slug: string, id: string) => `/t/${slug}/admin/events/${id}/check-in`,
};

export const permissions = {
  manageEvents: qualifyPermission(eventsModule.id, 'event.manage'),
  readRegistrations: qualifyPermission(eventsModule.id, 'registration.read'),
  manageRegistrations: qualifyPermission(eventsModule.id, 'registration.manage'),
};
