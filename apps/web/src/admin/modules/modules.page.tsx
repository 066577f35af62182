import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useTRPC } from '@ancrage/ui';
import { ModuleCard } from './module-card';

/** /t/:tenant/admin/modules — the modules of the platform, enabled or not for this département. */
export function ModulesPage() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const modules = useQuery(trpc.admin.modules.list.queryOptions());
  return (
    <>
      <PageHeader title={t('platform:nav.modules')} description={t('admin.modules.intro')} />
      <QueryState query={modules}>
        {(list) => (
          <Stack gap="lg">
            {list.map((module) => (
              <ModuleCard key={module.id} module={module} />
            ))}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
