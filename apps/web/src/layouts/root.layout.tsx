import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useMatch } from 'react-router';
import { useTRPC } from '@ancrage/ui';
import { ApiProvider } from '../api/api-provider';
import { ThemeRoot } from '../theme/theme-root';

/** Colours of the page: the tenant's (its identity loads once, cached) or Ancrage's. */
function TenantTheme({ tenant, children }: { tenant: string | null; children: ReactNode }) {
  const trpc = useTRPC();
  const current = useQuery({ ...trpc.platform.tenant.current.queryOptions(), enabled: tenant !== null });
  return <ThemeRoot branding={tenant ? current.data?.branding : null}>{children}</ThemeRoot>;
}

/** Every page: the API client of the URL's tenant (/t/:tenant/…) and the matching theme. */
export function RootLayout() {
  const tenant = useMatch('/t/:tenant/*')?.params.tenant ?? null;
  const { i18n } = useTranslation();

  // <html lang> follows the language, for screen readers and hyphenation.
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  return (
    <ApiProvider tenant={tenant}>
      <TenantTheme tenant={tenant}>
        <ScrollRestoration />
        <Outlet />
      </TenantTheme>
    </ApiProvider>
  );
}
