import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useTRPC } from '@ancrage/ui';
import { OpeningHours } from '../centres/opening-hours';
import { CentreStatusBadge } from '../common/badges';
import { useCgFormat } from '../common/use-cg-format.hook';

/** /t/:tenant/centre-governance — the département's health centres, their sites and opening hours, for the public. */
export function CentresPortalPage() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const format = useCgFormat();
  const centres = useQuery(trpc['centre-governance'].publicCentres.queryOptions());
  return (
    <>
      <PageHeader title={t('portal.title')} description={t('portal.intro')} />
      <QueryState query={centres}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('portal.empty')}</Text>
          ) : (
            <Stack gap="xl">
              {list.map((centre) => (
                <section key={centre.id} aria-labelledby={`centre-${centre.id}`}>
                  <Title order={2} size="h3" id={`centre-${centre.id}`} mb="xs">
                    {centre.name}
                  </Title>
                  <Stack gap="sm">
                    <CentreStatusBadge status={centre.status} />
                    {centre.status === 'preparation' && centre.plannedOpeningOn ? <Text>{t('portal.opening', { date: format.day(centre.plannedOpeningOn) })}</Text> : null}
                    {centre.description ? <Text>{centre.description}</Text> : null}
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      {centre.sites.map((site) => (
                        <Paper key={site.id} withBorder p="md" component="article" aria-labelledby={`portal-site-${site.id}`}>
                          <Title order={3} size="h5" id={`portal-site-${site.id}`}>
                            {site.name}
                          </Title>
                          <Text size="sm" mb="xs">
                            {[site.address, site.communeName].filter(Boolean).join(', ')}
                          </Text>
                          <OpeningHours periods={site.openingHours} />
                        </Paper>
                      ))}
                    </SimpleGrid>
                  </Stack>
                </section>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
