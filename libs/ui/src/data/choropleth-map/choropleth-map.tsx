import { useId, useMemo, type ReactNode } from 'react';
import { Box, Flex, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { classFor, type ChoroplethClass } from './choropleth-classes';
import type { CommuneFeatureCollection, ContextFeatureCollection } from './commune-features';
import { CommuneShape } from './commune-shape';
import { MapHighlights, MapTooltip } from './map-highlights';
import { MapLegend } from './map-legend';
import { NoDataPattern } from './no-data-pattern';
import { projectCommunes } from './project-communes';
import { useMapNavigation } from './use-map-navigation.hook';

/** Widest drawing, in view units (one unit is one pixel at full size). */
const MAX_WIDTH = 800;
const CONTEXT_FILL = '#e9ecef';

interface ChoroplethMapProps {
  /** The map's accessible name, e.g. "Médecins généralistes pour 10 000 habitants, par commune". */
  title: string;
  features: CommuneFeatureCollection;
  /** Value by commune code; missing or null: no data (hatched). */
  values: ReadonlyMap<string, number | null>;
  /** Ascending thresholds, see `quantileClasses`. */
  classes: readonly ChoroplethClass[];
  format: (value: number) => string;
  legendTitle: string;
  /** Source and date of the figures, shown under the map. */
  source: string;
  /** Neighbouring communes, drawn in light grey for orientation only. */
  context?: ContextFeatureCollection;
  selectedCode?: string | null;
  onSelect?: (code: string) => void;
  /** Height at full size, in pixels; the map keeps its proportions on narrower screens. 560 by default. */
  height?: number;
  /** Shown instead of the map when there is no contour to draw. */
  emptyMessage?: ReactNode;
}

/**
 * A commune choropleth in SVG (Lambert-93, no tiles). Keyboard: the communes form
 * one listbox, a single tab stop whose active option follows the arrows (to the
 * nearest commune in that direction), Home/End (first and last by name); Enter
 * or Space selects. The commune under focus or pointer shows a tooltip, also
 * announced through a status region.
 */
export function ChoroplethMap({ title, features, values, classes, format, legendTitle, source, context, selectedCode, onSelect, height = 560, emptyMessage }: ChoroplethMapProps) {
  const { t } = useTranslation('common');
  const baseId = useId();
  const patternId = `${baseId}-no-data`;
  const helpId = `${baseId}-help`;
  const optionId = (code: string) => `${baseId}-commune-${code}`;

  const map = useMemo(() => projectCommunes(features, context, MAX_WIDTH, height), [features, context, height]);
  const communeByCode = useMemo(() => new Map(map.communes.map((commune) => [commune.code, commune])), [map]);
  const looks = useMemo(
    () =>
      new Map(
        map.communes.map((commune) => {
          const value = values.get(commune.code) ?? null;
          const valueText = value === null ? t('map.noData') : format(value);
          const color = value === null ? null : (classFor(value, classes)?.color ?? null);
          return [commune.code, { color, valueText, label: t('map.featureValue', { name: commune.name, value: valueText }) }];
        }),
      ),
    [map, values, classes, format, t],
  );
  const hasNoData = useMemo(() => [...looks.values()].some((look) => look.color === null), [looks]);
  const navigation = useMapNavigation(map.communes, selectedCode, onSelect);

  if (map.communes.length === 0) {
    return (
      <Paper withBorder p="md">
        <Text>{emptyMessage ?? t('map.empty')}</Text>
      </Paper>
    );
  }

  const communeOf = (code: string | null | undefined) => (code ? communeByCode.get(code) : undefined);
  const shown = communeOf(navigation.shownCode);
  const ringed = [...new Set([navigation.shownCode, navigation.focused ? navigation.activeCode : null])].map(communeOf).filter((commune) => commune !== undefined);
  const viewWidth = map.viewBox[2];

  return (
    <Stack gap="xs">
      <Flex direction={{ base: 'column', sm: 'row' }} gap="md" align="flex-start">
        <Box pos="relative" w="100%" maw={viewWidth} style={{ flex: '1 1 auto' }}>
          <svg viewBox={map.viewBox.join(' ')} width="100%" style={{ display: 'block', height: 'auto' }}>
            <defs>
              <NoDataPattern id={patternId} />
            </defs>
            {map.contextPaths.length > 0 ? (
              <g aria-hidden="true">
                {map.contextPaths.map((path, index) => (
                  <path key={index} d={path} fill={CONTEXT_FILL} stroke="#ffffff" strokeWidth={0.5} vectorEffect="non-scaling-stroke" />
                ))}
              </g>
            ) : null}
            <g
              role="listbox"
              tabIndex={0}
              aria-label={title}
              aria-describedby={helpId}
              aria-activedescendant={navigation.activeCode === null ? undefined : optionId(navigation.activeCode)}
              {...navigation.handlers}
            >
              {map.communes.map((commune) => {
                const look = looks.get(commune.code);
                return (
                  <CommuneShape
                    key={commune.code}
                    id={optionId(commune.code)}
                    code={commune.code}
                    path={commune.path}
                    fill={look?.color ?? `url(#${patternId})`}
                    label={look?.label ?? commune.name}
                    selected={commune.code === selectedCode}
                  />
                );
              })}
            </g>
            <MapHighlights selected={communeOf(selectedCode)} ringed={ringed} />
          </svg>
          {shown ? <MapTooltip commune={shown} valueText={looks.get(shown.code)?.valueText ?? ''} viewBox={map.viewBox} /> : null}
        </Box>
        <MapLegend title={legendTitle} classes={classes} format={format} showNoData={hasNoData} />
      </Flex>
      <VisuallyHidden role="status">{shown ? looks.get(shown.code)?.label : null}</VisuallyHidden>
      <Text id={helpId} size="xs">
        {t('map.keyboardHelp')}
      </Text>
      <Text size="xs">{t('map.source', { source })}</Text>
    </Stack>
  );
}
