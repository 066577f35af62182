import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExplorerTable, PageHeader, QueryState, useCan, useTenant, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { CentreStatusBadge } from '../common/badges';
import { cgPaths, permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';
import { CentreForm } from './centre-form';

type CentreRow = RouterOutputs['centre-governance']['centres'][number];

/** /t/:tenant/admin/centre-governance — the tenant's health centres and their state. */
export function CentresPage() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useCgFormat();
  const canManage = useCan(permissions.manageCentres);
  const centres = useQuery(trpc['centre-governance'].centres.queryOptions());
  const columns: ExplorerColumn<CentreRow>[] = [
    {
      key: 'name',
      header: t('centres.name'),
      value: (centre) => centre.name,
      cell: (centre) => (
        <Anchor component={Link} to={cgPaths.centre(tenant.slug, centre.id)}>
          {centre.name}
        </Anchor>
      ),
    },
    { key: 'status', header: t('centres.status'), value: (centre) => centre.status, format: (status) => t(`centreStatuses.${status}`), cell: (centre) => <CentreStatusBadge status={centre.status} /> },
    { key: 'gip', header: t('centres.gip'), value: (centre) => centre.gipName },
    { key: 'opening', header: t('centres.opening'), value: (centre) => centre.openedOn ?? centre.plannedOpeningOn, format: (day) => format.day(String(day)) },
    { key: 'sites', header: t('centres.sites'), numeric: true, value: (centre) => centre.sites },
    { key: 'communes', header: t('centres.communesCount'), numeric: true, value: (centre) => centre.communes },
    { key: 'professionals', header: t('centres.professionals'), numeric: true, value: (centre) => centre.professionals },
  ];
  return (
    <>
      <PageHeader title={t('centres.title')} description={t('centres.intro')} />
      <Stack gap="lg">
        <QueryState query={centres}>
          {(list) => <ExplorerTable caption={t('centres.caption', { count: list.length })} columns={columns} rows={list} rowKey={(centre) => centre.id} empty={t('centres.empty')} filterLabel={t('centres.search')} exportFileName={`centres-sante-${tenant.slug}`} minWidth={800} />}
        </QueryState>
        {canManage ? <CentreForm /> : null}
      </Stack>
    </>
  );
}
