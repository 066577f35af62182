import type { ReactNode } from 'react';
import { Anchor, Group, Image, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch, SiteFrame, useTenant } from '@ancrage/ui';
import { useChangeLanguage } from '../i18n/use-change-language.hook';
import { PortalAccountActions } from './account-actions';
import { HeaderNavLink } from './router-nav-link';

/** A tenant's public portal: its name, logo and colours, portal navigation, account links. */
export function PortalFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const changeLanguage = useChangeLanguage();
  const base = `/t/${tenant.slug}`;
  const entries = tenant.nav.filter((entry) => entry.area === 'portal');

  const brand = (
    <Anchor component={Link} to={base} c="inherit" underline="never">
      <Group gap="sm" wrap="nowrap">
        {tenant.branding.logoUrl ? <Image src={tenant.branding.logoUrl} alt="" h={40} w="auto" fit="contain" /> : null}
        <Text fw={700} size="lg">
          {tenant.name}
        </Text>
      </Group>
    </Anchor>
  );

  const navigation = (
    <nav aria-label={t('portal.navLabel')}>
      <Group gap="lg" wrap="wrap">
        <HeaderNavLink to={base} end>
          {t('portal.home')}
        </HeaderNavLink>
        {entries.map((entry) => (
          <HeaderNavLink key={`${entry.moduleId}:${entry.key}`} to={`${base}/${entry.path}`}>
            {t(`${entry.moduleId}:${entry.labelKey}`)}
          </HeaderNavLink>
        ))}
      </Group>
    </nav>
  );

  const footer = (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm">{t('portal.footer', { tenant: tenant.name })}</Text>
      <Anchor component={Link} to="/" size="sm">
        {t('status.allDepartements')}
      </Anchor>
    </Group>
  );

  return (
    <SiteFrame
      brand={brand}
      navigation={navigation}
      actions={
        <>
          <LanguageSwitch onChange={(locale) => void changeLanguage(locale)} />
          <PortalAccountActions base={base} />
        </>
      }
      footer={footer}
    >
      {children}
    </SiteFrame>
  );
}
