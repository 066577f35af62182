import { territoryWeb } from '@ancrage/territory-web';

/**
 * The web part of every module of this deployment. An explicit object literal:
 * `nx g @ancrage/tools:module` adds a line here.
 */
export const webModules = {
  territory: territoryWeb,
} as const;
