import { defineModuleServer } from '@ancrage/module-sdk';
import { incentivesModule } from '@ancrage/incentives-domain';
import { seedDemoApplications } from './demo/demo-applications';
import { seedDemoSchemes } from './demo/demo-schemes';
import type { IncentivesDb } from './incentives-db';
import { incentivesJobs } from './jobs';
import { incentivesMigrations } from './migrations';
import { incentivesPersonalData } from './personal-data';
import { incentivesRouter } from './incentives.router';

export const incentivesServer = defineModuleServer({
  manifest: incentivesModule,
  router: incentivesRouter,
  migrations: incentivesMigrations,
  seeds: {
    demo: async (scope) => {
      const db = scope.db as IncentivesDb;
      const schemes = await seedDemoSchemes(db, scope.tenantId, scope.departementCode);
      await seedDemoApplications(db, scope.tenantId, schemes);
    },
  },
  personalData: incentivesPersonalData,
  jobs: incentivesJobs,
});
