import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useTRPC } from '@ancrage/ui';
import { CommuneBrowser } from '../communes/commune-browser';
import { TerritorySummary } from '../summary/territory-summary';

/** /t/:tenant/territory — the département in figures, and its communes if the tenant shows them. */
export function TerritoryPortalPage() {
  const { t } = useTranslation('territory');
  const trpc = useTRPC();
  const summary = useQuery(trpc.territory.summary.queryOptions());
  return (
    <>
      <PageHeader title={t('nav.portal')} description={summary.data ? t('portal.intro', { name: summary.data.departement.name }) : undefined} />
      <QueryState query={summary}>
        {(data) => (
          <Stack gap="xl">
            <section aria-labelledby="territory-figures">
              <Title order={2} size="h3" id="territory-figures" mb="md">
                {t('summary.title', { name: data.departement.name })}
              </Title>
              <TerritorySummary summary={data} />
            </section>
            {data.settings.showCommunesOnPortal ? (
              <section aria-labelledby="territory-communes">
                <Title order={2} size="h3" id="territory-communes" mb="md">
                  {t('communes.listTitle')}
                </Title>
                <CommuneBrowser />
              </section>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
