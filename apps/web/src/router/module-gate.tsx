import type { ComponentType } from 'react';
import { NotFoundMessage, useTenant } from '@ancrage/ui';

/** A module's page, where the module is enabled for the tenant; the 404 page elsewhere. */
export function ModuleGate({ moduleId, Component, homeHref }: { moduleId: string; Component: ComponentType; homeHref: (slug: string) => string }) {
  const tenant = useTenant();
  if (!tenant.enabledModules.includes(moduleId)) return <NotFoundMessage homeHref={homeHref(tenant.slug)} />;
  return <Component />;
}
