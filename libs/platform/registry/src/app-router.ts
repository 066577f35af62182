import { authRouter, usersRouter } from '@ancrage/auth';
import { auditRouter, currentTenantRouter, emailsRouter, modulesRouter, tenantsRouter } from '@ancrage/tenancy';
import { router } from '@ancrage/trpc';
import { personalDataRouter } from './personal-data.router';
import { serverModules } from './server-modules';

export const appRouter = router({
  auth: authRouter,
  platform: { tenants: tenantsRouter, tenant: currentTenantRouter },
  admin: { modules: modulesRouter, users: usersRouter, audit: auditRouter, emails: emailsRouter, personalData: personalDataRouter },
  territory: serverModules.territory.router,
  demography: serverModules.demography.router,
  events: serverModules.events.router,
  'centre-governance': serverModules['centre-governance'].router,
  incentives: serverModules.incentives.router,
});

export type AppRouter = typeof appRouter;
