import type { Kysely } from 'kysely';
import { defineModuleServer } from '@ancrage/module-sdk';
import { demographyModule } from '@ancrage/demography-domain';
import type { DemographyDatabase } from './demography-schema';
import { IMPORT_JOB, runImportJob } from './import/import-job';
import { seedDemoSnapshots } from './seeds/demo-snapshots';
import { demographyMigrations } from './migrations';
import { demographyRouter } from './demography.router';
import { syncStudyArea } from './study-area/study-area.repository';

export const demographyServer = defineModuleServer({
  manifest: demographyModule,
  router: demographyRouter,
  migrations: demographyMigrations,
  hooks: {
    onEnable: async (scope) => {
      await syncStudyArea(scope.db as Kysely<DemographyDatabase>, scope.tenantId, scope.departementCode);
    },
  },
  seeds: {
    demo: (scope) => seedDemoSnapshots(scope.db as Kysely<DemographyDatabase>, scope.tenantId, scope.departementCode),
  },
  jobs: { [IMPORT_JOB]: runImportJob },
});
