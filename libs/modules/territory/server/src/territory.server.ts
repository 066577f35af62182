import { defineModuleServer } from '@ancrage/module-sdk';
import { territoryModule } from '@ancrage/territory-domain';
import { territoryMigrations } from './migrations';
import { seedDemoPerimeters } from './perimeter-seeds';
import { syncReferenceGeography } from './reference-geography';
import { territoryRouter } from './territory.router';

export const territoryServer = defineModuleServer({
  manifest: territoryModule,
  router: territoryRouter,
  migrations: territoryMigrations,
  hooks: {
    onEnable: async (scope) => {
      await syncReferenceGeography(scope.db, scope.tenantId, scope.departementCode);
    },
  },
  seeds: {
    demo: async (scope) => {
      await seedDemoPerimeters(scope.db, scope.tenantId);
    },
  },
});
