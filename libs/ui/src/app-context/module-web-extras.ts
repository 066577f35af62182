import type { ComponentType } from 'react';
import type { ModuleWeb } from '@ancrage/module-sdk';

/**
 * What a module's web part may offer beyond its routes. Not (yet) in the SDK's
 * ModuleWeb: the back-office dashboard shows each enabled module's widget.
 */
export interface ModuleWebExtras {
  /** A small summary card for the back-office dashboard (lazy-loaded). */
  dashboardWidget?: ComponentType;
}

export type WebModule = ModuleWeb & ModuleWebExtras;
