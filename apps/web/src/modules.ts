import { territoryWeb } from '@ancrage/territory-web';
import { demographyWeb } from '@ancrage/demography-web';
import { eventsWeb } from '@ancrage/events-web';
import { centreGovernanceWeb } from '@ancrage/centre-governance-web';
import { incentivesWeb } from '@ancrage/incentives-web';

/**
 * The web part of every module of this deployment. An explicit object literal:
 * `nx g @ancrage/tools:module` adds a line here.
 */
export const webModules = {
  territory: territoryWeb,
  demography: demographyWeb,
  events: eventsWeb,
  'centre-governance': centreGovernanceWeb,
  incentives: incentivesWeb,
} as const;
