import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { apiErrorCode, ErrorAlert, LoadingState, NotFoundMessage, TenantProvider, useTRPC } from '@ancrage/ui';
import { readLocaleCookie } from '../i18n/locale-cookie';
import { PublicFrame } from './public-frame';

/** /t/:tenant — loads the tenant (404 page if unknown) and shares it with every page below. */
export function TenantLayout() {
  const trpc = useTRPC();
  const { i18n } = useTranslation();
  const tenant = useQuery(trpc.platform.tenant.current.queryOptions());
  const defaultLocale = tenant.data?.defaultLocale;

  // Without an explicit choice, the tenant's language applies.
  useEffect(() => {
    if (defaultLocale && !readLocaleCookie() && i18n.language !== defaultLocale) void i18n.changeLanguage(defaultLocale);
  }, [defaultLocale, i18n]);

  if (tenant.isPending) {
    return (
      <PublicFrame>
        <LoadingState />
      </PublicFrame>
    );
  }
  if (tenant.error) {
    return (
      <PublicFrame>
        {apiErrorCode(tenant.error) === 'NOT_FOUND' ? <NotFoundMessage reason="tenant" /> : <ErrorAlert error={tenant.error} onRetry={() => void tenant.refetch()} />}
      </PublicFrame>
    );
  }
  return (
    <TenantProvider tenant={tenant.data}>
      <Outlet />
    </TenantProvider>
  );
}
