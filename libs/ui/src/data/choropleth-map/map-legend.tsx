import { useId } from 'react';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChoroplethClass } from './choropleth-classes';
import { NoDataPattern } from './no-data-pattern';

const SWATCH_BORDER = '#495057';

/** A colour sample; `null` draws the no-data hatching. */
function Swatch({ color }: { color: string | null }) {
  const patternId = `${useId()}-hatch`;
  return (
    <svg width={24} height={16} aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      {color === null ? (
        <defs>
          <NoDataPattern id={patternId} />
        </defs>
      ) : null}
      <rect x={0.5} y={0.5} width={23} height={15} fill={color ?? `url(#${patternId})`} stroke={SWATCH_BORDER} />
    </svg>
  );
}

interface MapLegendProps {
  title: string;
  classes: readonly ChoroplethClass[];
  /** Writes the thresholds of the default labels. */
  format: (value: number) => string;
  /** Adds the "no data" entry (hatched). */
  showNoData?: boolean;
}

/** The key of a choropleth: one entry per class, then "no data"; reusable in print views. */
export function MapLegend({ title, classes, format, showNoData = false }: MapLegendProps) {
  const { t } = useTranslation('common');
  const titleId = useId();
  const labelOf = (entry: ChoroplethClass, index: number) => {
    if (entry.label) return entry.label;
    const previous = classes[index - 1];
    return previous ? t('map.classRange', { from: format(previous.upTo), upTo: format(entry.upTo) }) : t('map.classUpTo', { upTo: format(entry.upTo) });
  };
  return (
    <Box>
      <Text id={titleId} size="sm" fw={600} mb={4}>
        {title}
      </Text>
      <Box component="ul" aria-labelledby={titleId} m={0} p={0} style={{ listStyle: 'none' }}>
        {classes.map((entry, index) => (
          <Group component="li" key={`${entry.upTo}-${entry.color}`} gap="xs" wrap="nowrap">
            <Swatch color={entry.color} />
            <Text size="sm">{labelOf(entry, index)}</Text>
          </Group>
        ))}
        {showNoData ? (
          <Group component="li" gap="xs" wrap="nowrap">
            <Swatch color={null} />
            <Text size="sm">{t('map.noData')}</Text>
          </Group>
        ) : null}
      </Box>
    </Box>
  );
}
