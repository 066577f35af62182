import { Suspense } from 'react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AdminShell, ErrorAlert, ForbiddenMessage, LanguageSwitch, LoadingState, useMe, useTenant } from '@ancrage/ui';
import { loginUrl } from '../auth/safe-next';
import { useChangeLanguage } from '../i18n/use-change-language.hook';
import { PortalFrame } from './portal-frame';
import { ShellNavLink } from './router-nav-link';
import { UserMenu } from './user-menu';

/** /t/:tenant/admin — signed-in staff only: sign-in page otherwise, 403 without a role here. */
export function AdminLayout() {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const me = useMe();
  const location = useLocation();
  const changeLanguage = useChangeLanguage();
  const base = `/t/${tenant.slug}`;

  if (me.isPending) {
    return (
      <PortalFrame>
        <LoadingState />
      </PortalFrame>
    );
  }
  if (me.error) {
    return (
      <PortalFrame>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </PortalFrame>
    );
  }
  if (!me.data) return <Navigate to={loginUrl(`${base}/login`, `${location.pathname}${location.search}`)} replace />;
  if (!me.data.role) {
    return (
      <PortalFrame>
        <ForbiddenMessage homeHref={base} />
      </PortalFrame>
    );
  }

  const entries = tenant.nav.filter((entry) => entry.area === 'admin').sort((a, b) => a.position - b.position);
  return (
    <AdminShell
      brand={
        <Anchor component={Link} to={`${base}/admin`} c="inherit" underline="never" style={{ minWidth: 0 }}>
          <Text fw={700} truncate="end">
            {tenant.name}
          </Text>
        </Anchor>
      }
      navLabel={t('admin.navLabel')}
      navigation={
        <>
          <ShellNavLink to={`${base}/admin`} label={t('platform:nav.dashboard')} end />
          {entries.map((entry) => (
            <ShellNavLink key={`${entry.moduleId}:${entry.key}`} to={`${base}/admin/${entry.path}`} label={t(`${entry.moduleId}:${entry.labelKey}`)} />
          ))}
        </>
      }
      navigationFooter={<ShellNavLink to={base} label={t('admin.publicPortal')} end />}
      headerActions={
        <>
          <LanguageSwitch onChange={(locale) => void changeLanguage(locale)} />
          <UserMenu me={me.data} portalHref={base} />
        </>
      }
    >
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </AdminShell>
  );
}
