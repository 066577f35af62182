import { defineModuleServer } from '@ancrage/module-sdk';
import { demographyModule } from '@ancrage/demography-domain';
import { seedDemoItems } from './item-seeds';
import { demographyMigrations } from './migrations';
import { demographyRouter } from './demography.router';

export const demographyServer = defineModuleServer({
  manifest: demographyModule,
  router: demographyRouter,
  migrations: demographyMigrations,
  seeds: {
    demo: async (scope) => {
      await seedDemoItems(scope.db, scope.tenantId);
    },
  },
});
