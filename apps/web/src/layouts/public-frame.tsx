import type { ReactNode } from 'react';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch, SiteFrame, useMe } from '@ancrage/ui';
import { loginUrl } from '../auth/safe-next';
import { useLogout } from '../auth/use-logout.hook';
import { useChangeLanguage } from '../i18n/use-change-language.hook';

/** Pages outside any tenant: the landing page, platform administration, unknown addresses. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const changeLanguage = useChangeLanguage();
  const { pathname } = useLocation();
  const me = useMe();
  const logout = useLogout('/');

  const brand = (
    <Anchor component={Link} to="/" c="inherit" underline="never">
      <Text fw={800} size="xl">
        {t('appName')}
      </Text>
    </Anchor>
  );

  const account = me.isPending ? null : me.data ? (
    <Button variant="default" size="compact-md" loading={logout.isPending} onClick={() => logout.mutate()}>
      {t('auth.signOut')}
    </Button>
  ) : pathname === '/login' ? null : (
    <Button component={Link} to={loginUrl('/login', pathname)} variant="default" size="compact-md">
      {t('auth.signIn')}
    </Button>
  );

  return (
    <SiteFrame
      brand={brand}
      actions={
        <>
          <LanguageSwitch onChange={(locale) => void changeLanguage(locale)} />
          {account}
        </>
      }
      footer={
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm">{t('landing.footer')}</Text>
        </Group>
      }
    >
      {children}
    </SiteFrame>
  );
}
