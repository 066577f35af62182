import { createContext, useContext, type ReactNode } from 'react';
import type { RouterOutputs } from '../api/trpc';

export type CurrentTenant = RouterOutputs['platform']['tenant']['current'];
export type NavItem = CurrentTenant['nav'][number];

const TenantContext = createContext<CurrentTenant | null>(null);

export function TenantProvider({ tenant, children }: { tenant: CurrentTenant; children: ReactNode }) {
  return <TenantContext.Provider value={tenant}>{children}</TenantContext.Provider>;
}

/** The tenant of the current /t/:tenant page (identity, enabled modules, navigation). */
export function useTenant(): CurrentTenant {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error('useTenant() must be used inside a tenant page');
  return tenant;
}

/** The tenant if the page has one (shared components used on and off tenant pages). */
export function useOptionalTenant(): CurrentTenant | null {
  return useContext(TenantContext);
}
