import type { ComponentType } from 'react';
import type { AnyModuleManifest } from './define-module';

export interface ModuleRoute {
  /** Relative to /t/:tenant (portal) or /t/:tenant/admin (admin). */
  path: string;
  area: 'admin' | 'portal';
  Component: ComponentType;
}

export interface ModuleWeb<M extends AnyModuleManifest = AnyModuleManifest> {
  manifest: M;
  routes: readonly ModuleRoute[];
  /** A small summary card for the back-office dashboard (lazy-load it). */
  dashboardWidget?: ComponentType;
}

export function defineModuleWeb<M extends AnyModuleManifest>(web: ModuleWeb<M>): ModuleWeb<M> {
  return web;
}
