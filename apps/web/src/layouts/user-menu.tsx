import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '@ancrage/ui';
import { useLogout } from '../auth/use-logout.hook';

/** The signed-in person: role, link to the portal, sign out. */
export function UserMenu({ me, portalHref }: { me: Me; portalHref: string }) {
  const { t } = useTranslation('common');
  const logout = useLogout(portalHref);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="compact-md" maw={{ base: 140, sm: 240 }} styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}>
          {me.displayName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.role ? t(`platform:roles.${me.role}`) : me.email}</Menu.Label>
        <Menu.Item component={Link} to={portalHref}>
          {t('admin.publicPortal')}
        </Menu.Item>
        <Menu.Item onClick={() => logout.mutate()}>{t('auth.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
