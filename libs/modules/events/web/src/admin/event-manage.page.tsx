import { Anchor, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader, QueryState, useCan, useTenant, useTRPC } from '@ancrage/ui';
import { eventPaths, permissions } from '../event-paths';
import { EventStatusBadge, EventTags } from '../common/event-badges';
import { useEventFormat } from '../common/use-event-format.hook';
import { ClosingReport } from './closing-report';
import { EventKpis } from './event-kpis';
import { RegistrationsPanel } from './registrations-panel';
import { StatusActions } from './status-actions';

/** /t/:tenant/admin/events/:id — one event: workflow, registrations, indicators, closing report. */
export function EventManagePage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const when = useEventFormat();
  const event = useQuery(trpc.events.event.queryOptions({ id }));
  const canManage = useCan(permissions.manageEvents);
  const canReadRegistrations = useCan(permissions.readRegistrations);
  const canCheckIn = useCan(permissions.manageRegistrations);

  return (
    <>
      <PageHeader
        title={event.data?.title ?? t('admin.title')}
        description={event.data ? when.period(event.data.startsAt, event.data.endsAt) : undefined}
        actions={
          event.data ? (
            <>
              {canCheckIn && (event.data.status === 'published' || event.data.status === 'closed') ? (
                <Button component={Link} to={eventPaths.checkIn(tenant.slug, id)}>
                  {t('manage.checkIn')}
                </Button>
              ) : null}
              {canManage && event.data.status !== 'cancelled' ? (
                <Button component={Link} to={eventPaths.edit(tenant.slug, id)} variant="default">
                  {t('manage.edit')}
                </Button>
              ) : null}
            </>
          ) : undefined
        }
      />
      <QueryState query={event}>
        {(data) => (
          <Stack gap="lg">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Group gap="sm">
                <EventStatusBadge status={data.status} />
                <EventTags kind={data.kind} format={data.format} />
                {data.status !== 'draft' ? (
                  <Anchor component={Link} to={eventPaths.portalEvent(tenant.slug, id)}>
                    {t('manage.portalPage')}
                  </Anchor>
                ) : null}
              </Group>
              {canManage ? <StatusActions eventId={id} status={data.status} title={data.title} /> : null}
            </Group>
            <Text>{[data.address, data.communeName].filter(Boolean).join(', ') || t(`formats.${data.format}`)}</Text>
            <Tabs defaultValue={canReadRegistrations ? 'registrations' : 'kpis'} keepMounted={false}>
              <Tabs.List>
                {canReadRegistrations ? <Tabs.Tab value="registrations">{t('manage.tabs.registrations')}</Tabs.Tab> : null}
                <Tabs.Tab value="kpis">{t('manage.tabs.kpis')}</Tabs.Tab>
                <Tabs.Tab value="report">{t('manage.tabs.report')}</Tabs.Tab>
              </Tabs.List>
              {canReadRegistrations ? (
                <Tabs.Panel value="registrations" pt="md">
                  <RegistrationsPanel eventId={id} questions={data.questions} audiences={data.audiences} open={data.status === 'published' || data.status === 'closed'} />
                </Tabs.Panel>
              ) : null}
              <Tabs.Panel value="kpis" pt="md">
                <EventKpis event={data} />
              </Tabs.Panel>
              <Tabs.Panel value="report" pt="md">
                <ClosingReport eventId={id} started={data.status !== 'draft' && data.status !== 'cancelled' && new Date(data.startsAt) <= new Date()} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
