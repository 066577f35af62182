import { useState } from 'react';
import { Anchor, Group, NativeSelect, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SCHEME_STATUSES, type SchemeStatus } from '@ancrage/incentives-domain';
import { ExplorerTable, PageHeader, QueryState, useCan, useLocale, useTenant, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { UnpublishedChangesBadge } from '../admin-common/badges';
import { SchemeStatusBadge } from '../common/scheme-badges';
import { inLocale } from '../admin-common/localised';
import { ModuleNav } from '../admin-common/module-nav';
import { adminPaths, permissions } from '../admin-common/paths';
import { useAdminFormat } from '../admin-common/use-admin-format.hook';
import { NewSchemeForm } from './new-scheme-form';

type SchemeRow = RouterOutputs['incentives']['schemes'][number];

/** /t/:tenant/admin/incentives — the département's incentive schemes, their publication and their applications. */
export function SchemesPage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const format = useAdminFormat();
  const canManage = useCan(permissions.manageSchemes);
  const canReadApplications = useCan(permissions.readApplications);
  const [status, setStatus] = useState<SchemeStatus | ''>('');
  const schemes = useQuery({ ...trpc.incentives.schemes.queryOptions(status ? { status } : {}), placeholderData: keepPreviousData });

  const columns: ExplorerColumn<SchemeRow>[] = [
    {
      key: 'name',
      header: t('admin.schemes.name'),
      value: (scheme) => inLocale(scheme.name, locale),
      cell: (scheme) => (
        <Anchor component={Link} to={adminPaths.scheme(tenant.slug, scheme.id)}>
          {inLocale(scheme.name, locale)}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('admin.schemes.kind'), value: (scheme) => scheme.kind, format: (kind) => t(`kinds.${kind}`) },
    {
      key: 'status',
      header: t('admin.schemes.status'),
      value: (scheme) => scheme.status,
      format: (value) => t(`schemeStatuses.${value}`),
      cell: (scheme) => (
        <Group gap={4} wrap="nowrap">
          <SchemeStatusBadge status={scheme.status} />
          {scheme.hasUnpublishedChanges && scheme.status === 'published' ? <UnpublishedChangesBadge /> : null}
        </Group>
      ),
    },
    { key: 'version', header: t('admin.schemes.publishedVersion'), numeric: true, value: (scheme) => scheme.publishedVersion },
    {
      key: 'applications',
      header: t('admin.schemes.applications'),
      numeric: true,
      value: (scheme) => scheme.applicationCount,
      cell: (scheme) =>
        canReadApplications && scheme.applicationCount > 0 ? (
          <Anchor component={Link} to={`${adminPaths.applications(tenant.slug)}?scheme=${scheme.id}`} aria-label={t('admin.schemes.applicationsOf', { count: scheme.applicationCount, name: inLocale(scheme.name, locale) })}>
            {format.number(scheme.applicationCount)}
          </Anchor>
        ) : (
          format.number(scheme.applicationCount)
        ),
    },
    { key: 'updatedAt', header: t('admin.schemes.updatedAt'), value: (scheme) => new Date(scheme.updatedAt).toISOString(), format: (value) => format.instant(String(value)) },
  ];

  return (
    <>
      <PageHeader title={t('admin.schemes.title')} description={t('admin.schemes.intro')} />
      <ModuleNav />
      <Stack gap="lg">
        <QueryState query={schemes}>
          {(list) => (
            <ExplorerTable
              caption={t('admin.schemes.caption', { count: list.length })}
              columns={columns}
              rows={list}
              rowKey={(scheme) => scheme.id}
              empty={status ? t('admin.schemes.emptyWithStatus') : t('admin.schemes.empty')}
              filterLabel={t('admin.schemes.search')}
              filters={
                <NativeSelect
                  label={t('admin.schemes.statusFilter')}
                  value={status}
                  onChange={(event) => setStatus(event.currentTarget.value as SchemeStatus | '')}
                  data={[{ value: '', label: t('admin.schemes.allStatuses') }, ...SCHEME_STATUSES.map((value) => ({ value, label: t(`schemeStatuses.${value}`) }))]}
                  w={220}
                />
              }
              exportFileName={`dispositifs-${tenant.slug}`}
              minWidth={900}
            />
          )}
        </QueryState>
        {canManage ? <NewSchemeForm /> : null}
      </Stack>
    </>
  );
}
