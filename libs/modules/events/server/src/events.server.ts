import { defineModuleServer } from '@ancrage/module-sdk';
import { eventsModule } from '@ancrage/events-domain';
import { seedDemoEvents } from './demo-seeds';
import type { EventsDb } from './events-db';
import { eventsMigrations } from './migrations';
import { eventsPersonalData } from './personal-data';
import { eventsRouter } from './events.router';
import { sendReminders } from './reminders';
import { anonymiseEvent } from './retention';

export const eventsServer = defineModuleServer({
  manifest: eventsModule,
  router: eventsRouter,
  migrations: eventsMigrations,
  seeds: {
    demo: async (scope) => {
      await seedDemoEvents(scope.db as EventsDb, scope.tenantId, scope.departementCode);
    },
  },
  personalData: eventsPersonalData,
  jobs: {
    reminder: sendReminders,
    anonymise: anonymiseEvent,
  },
});
