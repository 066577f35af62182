import { Suspense } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModuleWeb } from '@ancrage/module-sdk';
import { LoadingState, PageHeader, useMe, useTenant } from '@ancrage/ui';
import { webModules } from '../../modules';

const modules: readonly ModuleWeb[] = Object.values(webModules);

/** /t/:tenant/admin — welcome, then a summary card from each enabled module. */
export function DashboardPage() {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const { data: me } = useMe();
  const widgets = modules.flatMap((module) =>
    module.dashboardWidget && tenant.enabledModules.includes(module.manifest.id) ? [{ id: module.manifest.id, Widget: module.dashboardWidget }] : [],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('admin.dashboard.title')}
        description={me ? t('admin.dashboard.welcome', { name: me.displayName, role: me.role ? t(`platform:roles.${me.role}`) : '', tenant: tenant.name }) : undefined}
      />
      {widgets.length === 0 ? <Text>{t('admin.dashboard.empty')}</Text> : null}
      {widgets.map(({ id, Widget }) => (
        <Suspense key={id} fallback={<LoadingState />}>
          <Widget />
        </Suspense>
      ))}
    </Stack>
  );
}
