import { ATTENTION_COLOR } from '../common/tones';
import { Anchor, Badge, NativeSelect, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@ancrage/incentives-domain';
import { ExplorerTable, PageHeader, QueryState, useLocale, useTenant, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { ApplicationStatusBadge } from '../common/scheme-badges';
import { inLocale } from '../admin-common/localised';
import { ModuleNav } from '../admin-common/module-nav';
import { adminPaths } from '../admin-common/paths';
import { useAdminFormat } from '../admin-common/use-admin-format.hook';

type ApplicationRow = RouterOutputs['incentives']['applications'][number];

const isStatus = (value: string | null): value is ApplicationStatus => (APPLICATION_STATUSES as readonly string[]).includes(value ?? '');

/** /t/:tenant/admin/incentives/applications — every application, filtered by scheme and status (kept in the address). */
export function ApplicationsPage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const format = useAdminFormat();
  const [params, setParams] = useSearchParams();
  const schemeId = params.get('scheme') ?? '';
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : '';
  const schemes = useQuery(trpc.incentives.schemes.queryOptions({}));
  const applications = useQuery({ ...trpc.incentives.applications.queryOptions({ ...(schemeId ? { schemeId } : {}), ...(status ? { status } : {}) }), placeholderData: keepPreviousData });
  const setFilter = (key: 'scheme' | 'status', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const columns: ExplorerColumn<ApplicationRow>[] = [
    {
      key: 'reference',
      header: t('admin.applications.reference'),
      value: (row) => row.reference,
      cell: (row) => (
        <Anchor component={Link} to={adminPaths.application(tenant.slug, row.id)}>
          {row.reference}
        </Anchor>
      ),
    },
    {
      key: 'name',
      header: t('admin.applications.candidate'),
      value: (row) => `${row.lastName} ${row.firstName}`,
      cell: (row) => `${row.firstName} ${row.lastName}`,
    },
    { key: 'email', header: t('admin.applications.email'), value: (row) => row.email, cell: (row) => row.email },
    { key: 'scheme', header: t('admin.applications.scheme'), value: (row) => inLocale(row.schemeName, locale) },
    {
      key: 'status',
      header: t('admin.applications.status'),
      value: (row) => row.status,
      format: (value) => t(`applicationStatuses.${value}`),
      cell: (row) => (
        <Stack gap={2} align="flex-start">
          <ApplicationStatusBadge status={row.status} />
          {row.pendingChangeRequests > 0 ? (
            <Badge color={ATTENTION_COLOR} variant="outline">
              {t('admin.applications.pendingChanges', { count: row.pendingChangeRequests })}
            </Badge>
          ) : null}
        </Stack>
      ),
    },
    { key: 'amount', header: t('admin.applications.amount'), numeric: true, value: (row) => (row.amountCents > 0 ? row.amountCents / 100 : null), cell: (row) => (row.amountCents > 0 ? format.cents(row.amountCents) : '—') },
    { key: 'submittedAt', header: t('admin.applications.submittedAt'), value: (row) => (row.submittedAt ? new Date(row.submittedAt).toISOString() : null), format: (value) => format.instant(String(value)) },
  ];

  return (
    <>
      <PageHeader title={t('admin.applications.title')} description={t('admin.applications.intro')} />
      <ModuleNav />
      <QueryState query={applications}>
        {(list) => (
          <ExplorerTable
            caption={t('admin.applications.caption', { count: list.length })}
            columns={columns}
            rows={list}
            rowKey={(row) => row.id}
            empty={schemeId || status ? t('admin.applications.emptyFiltered') : t('admin.applications.empty')}
            filterLabel={t('admin.applications.search')}
            filters={
              <>
                <NativeSelect
                  label={t('admin.applications.schemeFilter')}
                  value={schemeId}
                  onChange={(event) => setFilter('scheme', event.currentTarget.value)}
                  data={[{ value: '', label: t('admin.applications.allSchemes') }, ...(schemes.data ?? []).map((scheme) => ({ value: scheme.id, label: inLocale(scheme.name, locale) }))]}
                  w={260}
                />
                <NativeSelect
                  label={t('admin.applications.statusFilter')}
                  value={status}
                  onChange={(event) => setFilter('status', event.currentTarget.value)}
                  data={[{ value: '', label: t('admin.applications.allStatuses') }, ...APPLICATION_STATUSES.map((value) => ({ value, label: t(`applicationStatuses.${value}`) }))]}
                  w={240}
                />
              </>
            }
            exportFileName={`candidatures-${tenant.slug}`}
            minWidth={1000}
          />
        )}
      </QueryState>
    </>
  );
}
