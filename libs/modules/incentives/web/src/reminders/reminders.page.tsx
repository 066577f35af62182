import { Anchor, NativeSelect, Stack, Text, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ExplorerTable, PageHeader, QueryState, useCan, useLocale, useTenant, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { inLocale } from '../admin-common/localised';
import { ModuleNav } from '../admin-common/module-nav';
import { adminPaths, permissions, platformPaths } from '../admin-common/paths';
import { useAdminFormat } from '../admin-common/use-admin-format.hook';
import { reminderState, ReminderStateBadge } from './reminder-state';

type ReminderRow = RouterOutputs['incentives']['reminders'][number];

/** `?show=pending`: only the reminders not sent yet (planned or overdue); anything else shows them all. */
const SHOW_PARAM = 'show';

/** /t/:tenant/admin/incentives/reminders — the follow-up reminders of every file, sent or to send. */
export function RemindersPage() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const locale = useLocale();
  const format = useAdminFormat();
  const canReadEmails = useCan(permissions.readEmails);
  const [params, setParams] = useSearchParams();
  const pendingOnly = params.get(SHOW_PARAM) === 'pending';
  const reminders = useQuery({ ...trpc.incentives.reminders.queryOptions(pendingOnly ? { pending: true } : {}), placeholderData: keepPreviousData });
  const setShow = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'pending') next.set(SHOW_PARAM, value);
        else next.delete(SHOW_PARAM);
        return next;
      },
      { replace: true },
    );

  const columns: ExplorerColumn<ReminderRow>[] = [
    { key: 'dueOn', header: t('admin.reminders.dueOn'), value: (row) => row.dueOn, format: (value) => format.day(String(value)) },
    { key: 'kind', header: t('admin.reminders.kind'), value: (row) => row.kind, format: (value) => t(`admin.reminders.kinds.${value}`) },
    {
      key: 'candidate',
      header: t('admin.reminders.candidate'),
      value: (row) => `${row.lastName} ${row.firstName}`,
      cell: (row) => `${row.firstName} ${row.lastName}`,
    },
    {
      key: 'reference',
      header: t('admin.reminders.reference'),
      value: (row) => row.reference,
      cell: (row) => (
        <Anchor component={Link} to={adminPaths.application(tenant.slug, row.applicationId)}>
          {row.reference}
        </Anchor>
      ),
    },
    { key: 'scheme', header: t('admin.reminders.scheme'), value: (row) => inLocale(row.schemeName, locale) },
    {
      key: 'state',
      header: t('admin.reminders.state'),
      value: (row) => reminderState(row),
      format: (value) => t(`admin.reminders.states.${value}`),
      cell: (row) => <ReminderStateBadge state={reminderState(row)} />,
    },
    {
      key: 'sentAt',
      header: t('admin.reminders.sentAt'),
      value: (row) => (row.sentAt ? new Date(row.sentAt).toISOString() : null),
      format: (value) => format.instant(String(value)),
      cell: (row) =>
        row.sentAt ? (
          <Stack gap={2} align="flex-start">
            <span>{format.instant(row.sentAt)}</span>
            {/* The outbox is the platform's: only its readers get the link. */}
            {row.emailId && canReadEmails ? (
              <Anchor component={Link} to={platformPaths.email(tenant.slug, row.emailId)} aria-label={t('admin.reminders.viewEmailOf', { reference: row.reference })} size="sm">
                {t('admin.reminders.viewEmail')}
              </Anchor>
            ) : null}
          </Stack>
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <VisuallyHidden>{t('admin.reminders.notSent')}</VisuallyHidden>
          </>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('admin.reminders.title')} description={t('admin.reminders.intro')} />
      <ModuleNav />
      <QueryState query={reminders}>
        {(list) => {
          const overdue = list.filter((row) => reminderState(row) === 'overdue').length;
          return (
            <Stack gap="sm">
              {overdue > 0 ? (
                <Text fw={700} c="red.9">
                  <span aria-hidden="true">⚠ </span>
                  {t('admin.reminders.overdue', { count: overdue })}
                </Text>
              ) : null}
              <ExplorerTable
                caption={t('admin.reminders.caption', { count: list.length })}
                columns={columns}
                rows={list}
                rowKey={(row) => row.id}
                empty={pendingOnly ? t('admin.reminders.emptyPending') : t('admin.reminders.empty')}
                filterLabel={t('admin.reminders.search')}
                filters={
                  <NativeSelect
                    label={t('admin.reminders.showFilter')}
                    value={pendingOnly ? 'pending' : 'all'}
                    onChange={(event) => setShow(event.currentTarget.value)}
                    data={[
                      { value: 'all', label: t('admin.reminders.show.all') },
                      { value: 'pending', label: t('admin.reminders.show.pending') },
                    ]}
                    w={240}
                  />
                }
                exportFileName={`relances-${tenant.slug}`}
                minWidth={1000}
              />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
