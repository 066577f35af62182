import type { RouteObject } from 'react-router';
import type { ModuleRoute, ModuleWeb } from '@ancrage/module-sdk';
import { webModules } from '../modules';
import { ModuleGate } from './module-gate';

const modules: readonly ModuleWeb[] = Object.values(webModules);

const homes = {
  portal: (slug: string) => `/t/${slug}`,
  admin: (slug: string) => `/t/${slug}/admin`,
};

/** The routes the modules declare for one area, relative to /t/:tenant or /t/:tenant/admin. */
export function moduleRoutes(area: ModuleRoute['area']): RouteObject[] {
  return modules.flatMap((module) =>
    module.routes
      .filter((route) => route.area === area)
      .map((route) => ({
        path: route.path,
        element: <ModuleGate moduleId={module.manifest.id} Component={route.Component} homeHref={homes[area]} />,
      })),
  );
}
