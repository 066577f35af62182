import { territoryServer } from '@ancrage/territory-server';

/**
 * Every module of this deployment, server side. An explicit object literal so
 * that AppRouter keeps full type inference; `nx g @ancrage/tools:module` edits it.
 */
export const serverModules = {
  territory: territoryServer,
} as const;
