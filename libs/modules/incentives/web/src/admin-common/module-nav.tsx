import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCan, useTenant } from '@ancrage/ui';
import { adminPaths, permissions } from './paths';

/** The module's back-office pages, as links (the current one is marked for assistive technologies too). */
export function ModuleNav() {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const { pathname } = useLocation();
  const canReadApplications = useCan(permissions.readApplications);
  const canReadBudget = useCan(permissions.readBudget);
  const links = [
    { key: 'schemes', to: adminPaths.schemes(tenant.slug), shown: true },
    { key: 'applications', to: adminPaths.applications(tenant.slug), shown: canReadApplications },
    { key: 'reminders', to: adminPaths.reminders(tenant.slug), shown: canReadApplications },
    { key: 'committee', to: adminPaths.committee(tenant.slug), shown: canReadApplications },
    { key: 'budget', to: adminPaths.budget(tenant.slug), shown: canReadBudget },
  ].filter((link) => link.shown);
  const current = (to: string) => (to === adminPaths.schemes(tenant.slug) ? pathname === to || pathname.startsWith(`${to}/schemes`) : pathname.startsWith(to));
  return (
    <Group component="nav" aria-label={t('admin.nav.label')} gap="lg" mb="md">
      {links.map((link) => (
        <Anchor key={link.key} component={Link} to={link.to} aria-current={current(link.to) ? 'page' : undefined} fw={current(link.to) ? 700 : 400} underline={current(link.to) ? 'always' : 'hover'}>
          {t(`admin.nav.${link.key}`)}
        </Anchor>
      ))}
    </Group>
  );
}
