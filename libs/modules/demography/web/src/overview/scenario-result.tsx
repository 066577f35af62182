import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, StatCard, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';

type Scenario = RouterOutputs['demography']['scenario'];

/** Inhabitants of under-served communes before and after, and the communes that change class. */
export function ScenarioResult({ result }: { result: Scenario }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  const switched = result.changed.filter((commune) => commune.classBefore !== commune.classAfter);
  return (
    <Stack gap="md" role="region" aria-label={t('scenario.resultTitle')}>
      <Text fw={600} aria-live="polite">
        {t('scenario.summary', { count: switched.length, communes: format.count(switched.length), changed: format.count(result.changed.length) })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <StatCard
          value={`${format.count(result.underservedInhabitantsBefore)} → ${format.count(result.underservedInhabitantsAfter)}`}
          label={t('scenario.underservedInhabitants')}
        />
        <StatCard value={format.count(result.newlyServedInhabitants)} label={t('scenario.newlyServed')} />
        <StatCard value={format.count(result.newlyUnderservedInhabitants)} label={t('scenario.newlyUnderserved')} />
      </SimpleGrid>
      <DataTable
        caption={t('scenario.switchedCaption')}
        rows={switched}
        rowKey={(commune) => commune.code}
        empty={t('scenario.noSwitch')}
        minWidth={640}
        columns={[
          { key: 'name', header: t('table.names.commune'), render: (commune) => commune.name },
          { key: 'population', header: t('table.population'), numeric: true, render: (commune) => format.count(commune.population) },
          { key: 'before', header: t('scenario.valueBefore'), numeric: true, render: (commune) => format.density(commune.before) },
          { key: 'after', header: t('scenario.valueAfter'), numeric: true, render: (commune) => format.density(commune.after) },
          {
            key: 'class',
            header: t('scenario.classChange'),
            render: (commune) => t('scenario.classFromTo', { from: t(`accessibility.classes.${commune.classBefore}`), to: t(`accessibility.classes.${commune.classAfter}`) }),
          },
        ]}
      />
    </Stack>
  );
}
