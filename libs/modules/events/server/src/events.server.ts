import { defineModuleServer } from '@ancrage/module-sdk';
import { eventsModule } from '@ancrage/events-domain';
import { seedDemoItems } from './item-seeds';
import { eventsMigrations } from './migrations';
import { eventsRouter } from './events.router';

export const eventsServer = defineModuleServer({
  manifest: eventsModule,
  router: eventsRouter,
  migrations: eventsMigrations,
  seeds: {
    demo: async (scope) => {
      await seedDemoItems(scope.db, scope.tenantId);
    },
  },
});
