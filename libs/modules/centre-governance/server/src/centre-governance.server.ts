import { defineModuleServer } from '@ancrage/module-sdk';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from './cg-db';
import { seedDemoCentre } from './demo/demo-seeds';
import { centreGovernanceMigrations } from './migrations';
import { centreGovernancePersonalData } from './personal-data';
import { centreGovernanceRouter } from './centre-governance.router';
import { anonymiseProfessional } from './staff/retention';

export const centreGovernanceServer = defineModuleServer({
  manifest: centreGovernanceModule,
  router: centreGovernanceRouter,
  migrations: centreGovernanceMigrations,
  seeds: {
    demo: async (scope) => {
      await seedDemoCentre(scope.db as GovernanceDb, scope.tenantId, scope.departementCode);
    },
  },
  personalData: centreGovernancePersonalData,
  jobs: {
    retention: anonymiseProfessional,
  },
});
