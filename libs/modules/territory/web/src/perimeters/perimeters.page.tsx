import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, QueryState, useCan, useTenant, useTRPC } from '@ancrage/ui';
import { MANAGE_PERIMETERS, perimeterPaths } from './perimeter-paths';
import { PerimetersTable } from './perimeters-table';

/** /t/:tenant/admin/territory/perimeters */
export function PerimetersPage() {
  const { t } = useTranslation('territory');
  const trpc = useTRPC();
  const tenant = useTenant();
  const canManage = useCan(MANAGE_PERIMETERS);
  const perimeters = useQuery(trpc.territory.perimeters.queryOptions());
  return (
    <>
      <PageHeader
        title={t('perimeters.title')}
        description={t('perimeters.intro')}
        actions={
          canManage ? (
            <Button component={Link} to={perimeterPaths.create(tenant.slug)}>
              {t('perimeters.new')}
            </Button>
          ) : undefined
        }
      />
      <QueryState query={perimeters}>{(list) => <PerimetersTable perimeters={list} canManage={canManage} />}</QueryState>
    </>
  );
}
