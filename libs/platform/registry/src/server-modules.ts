import { territoryServer } from '@ancrage/territory-server';
import { demographyServer } from '@ancrage/demography-server';
import { eventsServer } from '@ancrage/events-server';
import { centreGovernanceServer } from '@ancrage/centre-governance-server';
import { incentivesServer } from '@ancrage/incentives-server';

/**
 * Every module of this deployment, server side. An explicit object literal so
 * that AppRouter keeps full type inference; `nx g @ancrage/tools:module` edits it.
 */
export const serverModules = {
  territory: territoryServer,
  demography: demographyServer,
  events: eventsServer,
  'centre-governance': centreGovernanceServer,
  incentives: incentivesServer,
} as const;
