import { useState } from 'react';
import { Anchor, Button, NativeSelect, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EVENT_STATUSES, type EventStatus } from '@ancrage/events-domain';
import { ExplorerTable, PageHeader, QueryState, useCan, useFormatters, useTenant, useTRPC, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { eventPaths, permissions } from '../event-paths';
import { EventStatusBadge } from '../common/event-badges';
import { YearlyTotals } from './yearly-totals';

type EventRow = RouterOutputs['events']['events'][number];

/** /t/:tenant/admin/events — every event of the tenant with its figures, and the year's totals. */
export function EventsAdminPage() {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useFormatters();
  const canManage = useCan(permissions.manageEvents);
  const [status, setStatus] = useState<EventStatus | ''>('');
  const events = useQuery(trpc.events.events.queryOptions(status ? { status } : {}));

  const columns: ExplorerColumn<EventRow>[] = [
    {
      key: 'title',
      header: t('admin.columns.title'),
      value: (event) => event.title,
      cell: (event) => (
        <Anchor component={Link} to={eventPaths.manage(tenant.slug, event.id)}>
          {event.title}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('admin.columns.kind'), value: (event) => event.kind, format: (kind) => t(`kinds.${kind}`) },
    { key: 'startsAt', header: t('admin.columns.startsAt'), value: (event) => new Date(event.startsAt).getTime(), format: (time) => format.dateTime(new Date(time)) },
    { key: 'commune', header: t('admin.columns.place'), value: (event) => event.communeName || t(`formats.${event.format}`) },
    { key: 'status', header: t('admin.columns.status'), value: (event) => event.status, format: (value) => t(`statuses.${value}`), cell: (event) => <EventStatusBadge status={event.status} /> },
    { key: 'confirmed', header: t('admin.columns.confirmed'), numeric: true, value: (event) => event.confirmed, cell: (event) => (event.capacity === null ? format.number(event.confirmed) : `${format.number(event.confirmed)} / ${format.number(event.capacity)}`) },
    { key: 'waiting', header: t('admin.columns.waiting'), numeric: true, value: (event) => event.waiting },
    { key: 'attended', header: t('admin.columns.attended'), numeric: true, value: (event) => event.attended },
  ];

  return (
    <>
      <PageHeader
        title={t('admin.title')}
        description={t('admin.intro')}
        actions={
          canManage ? (
            <Button component={Link} to={eventPaths.create(tenant.slug)}>
              {t('admin.new')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="xl">
        <QueryState query={events}>
          {(list) => (
            <ExplorerTable
              caption={t('admin.tableCaption', { count: list.length })}
              columns={columns}
              rows={list}
              rowKey={(event) => event.id}
              empty={t('admin.empty')}
              filterLabel={t('admin.search')}
              exportFileName={`evenements-${tenant.slug}`}
              minWidth={900}
              filters={
                <NativeSelect
                  label={t('admin.statusFilter')}
                  value={status}
                  onChange={(event) => setStatus(event.currentTarget.value as EventStatus | '')}
                  data={[{ value: '', label: t('admin.allStatuses') }, ...EVENT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))]}
                />
              }
            />
          )}
        </QueryState>
        <YearlyTotals />
      </Stack>
    </>
  );
}
