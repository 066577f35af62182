import { defineModuleServer } from '@ancrage/module-sdk';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';
import { seedDemoItems } from './item-seeds';
import { centreGovernanceMigrations } from './migrations';
import { centreGovernanceRouter } from './centre-governance.router';

export const centreGovernanceServer = defineModuleServer({
  manifest: centreGovernanceModule,
  router: centreGovernanceRouter,
  migrations: centreGovernanceMigrations,
  seeds: {
    demo: async (scope) => {
      await seedDemoItems(scope.db, scope.tenantId);
    },
  },
});
