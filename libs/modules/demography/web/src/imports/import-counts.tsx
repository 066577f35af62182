import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDemographyFormat } from '../common/demography-format.hook';

const COUNTS = ['rowsRead', 'kept', 'outsideArea', 'malformed', 'unresolved', 'professionals'] as const;
type Counts = Partial<Record<(typeof COUNTS)[number], number>>;

/** The running or final counts of an import, as a list of terms and figures. */
export function ImportCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  const shown = COUNTS.filter((key) => counts[key] !== undefined);
  if (shown.length === 0) return null;
  return (
    <Box component="dl" m={0} aria-label={t('imports.countsLabel')} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)' }}>
      {shown.map((key) => (
        <Group key={key} gap={6} wrap="nowrap">
          <Text component="dt" size="sm">
            {t(`imports.counts.${key}`)}
          </Text>
          <Text component="dd" m={0} fw={700}>
            {format.count(counts[key] ?? 0)}
          </Text>
        </Group>
      ))}
    </Box>
  );
}
