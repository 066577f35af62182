import { Group, List, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader, QueryState, useCan, useTRPC } from '@ancrage/ui';
import { CentreStatusBadge } from '../common/badges';
import { permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';
import { CentreForm } from './centre-form';
import { DocumentsPanel } from './documents-panel';
import { OpeningHours } from './opening-hours';
import { RoomForm } from './room-form';
import { SiteForm } from './site-form';
import { CentreStatusForm } from './status-form';

/** /t/:tenant/admin/centre-governance/centres/:id — a centre: status, communes served, sites and rooms, documents. */
export function CentrePage() {
  const { t } = useTranslation('centre-governance');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const format = useCgFormat();
  const canManage = useCan(permissions.manageCentres);
  const centre = useQuery(trpc['centre-governance'].centre.queryOptions({ id }));
  const communes = useQuery({ ...trpc['centre-governance'].communeOptions.queryOptions(), enabled: canManage });

  return (
    <>
      <PageHeader title={centre.data?.name ?? t('centres.title')} description={centre.data?.gip ? t('centres.managedBy', { gip: centre.data.gip.name }) : undefined} />
      <QueryState query={centre}>
        {(data) => (
          <Stack gap="lg">
            <Group gap="md" wrap="wrap" align="flex-end">
              <CentreStatusBadge status={data.status} />
              <Text size="sm">
                {data.openedOn ? t('centres.openedOn', { date: format.day(data.openedOn) }) : data.plannedOpeningOn ? t('centres.plannedOn', { date: format.day(data.plannedOpeningOn) }) : null}
                {data.closedOn ? ` · ${t('centres.closedOn', { date: format.day(data.closedOn) })}` : null}
              </Text>
              {canManage ? <CentreStatusForm centreId={data.id} status={data.status} /> : null}
            </Group>
            {data.description ? <Text>{data.description}</Text> : null}
            <Tabs defaultValue="sites" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="sites">{t('centres.tabs.sites')}</Tabs.Tab>
                <Tabs.Tab value="territory">{t('centres.tabs.territory')}</Tabs.Tab>
                <Tabs.Tab value="documents">{t('centres.tabs.documents')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="sites" pt="md">
                <Stack gap="md">
                  {data.sites.length === 0 ? <Text>{t('sites.empty')}</Text> : null}
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    {data.sites.map((site) => (
                      <Paper key={site.id} withBorder p="md" component="article" aria-labelledby={`site-${site.id}`}>
                        <Stack gap="xs">
                          <Title order={3} size="h5" id={`site-${site.id}`}>
                            {site.name}
                          </Title>
                          <Text size="sm">{[t(`siteKinds.${site.kind}`), site.address, site.communeName].filter(Boolean).join(' · ')}</Text>
                          <OpeningHours periods={site.openingHours} />
                          <Text fw={600} size="sm">
                            {t('rooms.title', { count: site.rooms.length })}
                          </Text>
                          <List size="sm">
                            {site.rooms.map((room) => (
                              <List.Item key={room.id}>{`${room.name} (${t(`roomKinds.${room.kind}`)})`}</List.Item>
                            ))}
                          </List>
                          {canManage ? <RoomForm siteId={site.id} siteName={site.name} /> : null}
                        </Stack>
                      </Paper>
                    ))}
                  </SimpleGrid>
                  {canManage ? <SiteForm centreId={data.id} communes={communes.data ?? []} /> : null}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="territory" pt="md">
                <Stack gap="md">
                  <Text>{t('centres.servedCount', { count: data.communes.length })}</Text>
                  <Text>{data.communes.map((commune) => commune.name).join(', ')}</Text>
                  {canManage ? <CentreForm centre={data} /> : null}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="documents" pt="md">
                <DocumentsPanel centre={data} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
