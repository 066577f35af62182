import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatCard, useFormatters, type RouterOutputs } from '@ancrage/ui';

export type TerritorySummaryData = RouterOutputs['territory']['summary'];

/** Population, communes and EPCI of the département, with the source. */
export function TerritorySummary({ summary }: { summary: TerritorySummaryData }) {
  const { t } = useTranslation('territory');
  const format = useFormatters();
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <StatCard label={t('summary.population')} value={format.number(summary.population)} />
        <StatCard label={t('summary.communes')} value={format.number(summary.communes)} />
        <StatCard label={t('summary.epcis')} value={format.number(summary.epcis)} />
      </SimpleGrid>
      <Text size="sm">{t('summary.source')}</Text>
    </Stack>
  );
}
