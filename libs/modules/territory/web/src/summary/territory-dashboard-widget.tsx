import { Anchor, Card, Group, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState, useTenant, useTRPC } from '@ancrage/ui';
import { TerritorySummary } from './territory-summary';

/** The back-office dashboard card: the département in figures. */
export function TerritoryDashboardWidget() {
  const { t } = useTranslation('territory');
  const trpc = useTRPC();
  const tenant = useTenant();
  const summary = useQuery(trpc.territory.summary.queryOptions());
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="territory-summary-heading">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={2} size="h3" id="territory-summary-heading">
          {t('summary.title', { name: summary.data?.departement.name ?? tenant.name })}
        </Title>
        <Anchor component={Link} to={`/t/${tenant.slug}/admin/territory/communes`}>
          {t('summary.seeCommunes')}
        </Anchor>
      </Group>
      <QueryState query={summary}>{(data) => <TerritorySummary summary={data} />}</QueryState>
    </Card>
  );
}
