import { useMemo, useState } from 'react';
import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SubjectId } from '@ancrage/demography-domain';
import { QueryState, useTenant, useTRPC, type ChoroplethClass } from '@ancrage/ui';
import { demographyPaths } from '../demography-paths';
import { CommuneMap } from '../common/commune-map';
import { useDemographyFormat } from '../common/demography-format.hook';
import { accessibilityClasses, densityClasses, evolutionClasses } from '../common/map-classes';
import { communeFeatures, contextFeatures } from '../common/map-features';
import { MissingContours } from '../common/missing-contours';

const METRICS = ['density', 'accessibility', 'evolution'] as const;
type Metric = (typeof METRICS)[number];

interface MapTabProps {
  subject: SubjectId;
  snapshot: { id: string; extractedOn: string; fictitious: boolean };
  fromId: string | undefined;
  toId: string | undefined;
}

interface MetricView {
  values: ReadonlyMap<string, number | null>;
  classes: ChoroplethClass[];
  format: (value: number) => string;
  note?: string;
  isPending: boolean;
}

/** The values, classes and formats of the metric shown on the map. */
function useMetricView(metric: Metric, { subject, snapshot, fromId, toId }: MapTabProps, homeCodes: readonly string[]): MetricView {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const density = useQuery({ ...trpc.demography.indicators.queryOptions({ subject, level: 'commune', snapshotId: snapshot.id }), enabled: metric === 'density' });
  const accessibility = useQuery({ ...trpc.demography.accessibility.queryOptions({ subject, snapshotId: snapshot.id }), enabled: metric === 'accessibility' });
  const evolution = useQuery(
    trpc.demography.evolution.queryOptions(metric === 'evolution' && fromId && toId ? { subject, fromSnapshotId: fromId, toSnapshotId: toId } : skipToken),
  );

  return useMemo((): MetricView => {
    if (metric === 'accessibility') {
      const values = new Map((accessibility.data?.communes ?? []).map((commune) => [commune.code, commune.value]));
      const threshold = accessibility.data?.threshold ?? null;
      return {
        values,
        classes:
          threshold === null
            ? []
            : accessibilityClasses(threshold, {
                farBelow: t('map.classes.farBelow', { value: format.density(threshold / 2) }),
                below: t('map.classes.below', { value: format.density(threshold) }),
                above: t('map.classes.above', { value: format.density(threshold) }),
              }),
        format: format.density,
        note: threshold === null ? t('accessibility.unavailable') : t('accessibility.thresholdNote', { value: format.density(threshold) }),
        isPending: accessibility.isPending,
      };
    }
    if (metric === 'evolution') {
      const net = new Map((evolution.data?.communes ?? []).map((commune) => [commune.communeCode, commune.net]));
      return {
        // Communes where nobody practised at either date did not change.
        values: new Map(homeCodes.map((code) => [code, evolution.data ? (net.get(code) ?? 0) : null])),
        classes: evolutionClasses({ loss: t('map.classes.loss'), stable: t('map.classes.stable'), gain: t('map.classes.gain') }),
        format: format.signed,
        note: evolution.data ? t('evolution.between', { from: format.longDate(evolution.data.from.extractedOn), to: format.longDate(evolution.data.to.extractedOn) }) : t('evolution.needTwo'),
        isPending: Boolean(fromId && toId) && evolution.isPending,
      };
    }
    const values = new Map((density.data?.rows ?? []).map((row) => [row.code, row.densityPer100k]));
    return { values, classes: densityClasses(values.values(), t('map.classes.none')), format: format.density, isPending: density.isPending };
  }, [metric, density.data, density.isPending, accessibility.data, accessibility.isPending, evolution.data, evolution.isPending, fromId, toId, homeCodes, format, t]);
}

/** The choropleth of density, accessibility or evolution by commune; a commune opens its page. */
export function MapTab(props: MapTabProps) {
  const { subject, snapshot } = props;
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const format = useDemographyFormat();
  const [metric, setMetric] = useState<Metric>('density');
  const shapes = useQuery(trpc.demography.mapShapes.queryOptions());
  const homeCodes = useMemo(() => (shapes.data?.home.features ?? []).map((feature) => feature.properties.code), [shapes.data]);
  const view = useMetricView(metric, props, homeCodes);
  const subjectName = t(`subjects.${subject}`);
  const title = t(`map.titles.${metric}`, { subject: subjectName });

  return (
    <Stack gap="md">
      <Radio.Group label={t('map.metric')} value={metric} onChange={(value) => setMetric(value as Metric)} data-demography-no-print>
        <Group gap="lg" mt="xs" wrap="wrap">
          {METRICS.map((value) => (
            <Radio key={value} value={value} label={t(`map.metrics.${value}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Title order={3} size="h4">
        {title}
      </Title>
      {view.note ? <Text size="sm">{view.note}</Text> : null}
      <QueryState query={shapes}>
        {(data) =>
          view.isPending ? (
            <Text role="status">{t('map.loading')}</Text>
          ) : (
            <CommuneMap
              title={title}
              legendTitle={t(`map.legends.${metric}`)}
              features={communeFeatures(data.home)}
              context={contextFeatures(data.context)}
              values={view.values}
              classes={view.classes}
              format={view.format}
              source={format.rppsSource(snapshot.extractedOn)}
              fictitious={snapshot.fictitious}
              onSelect={(code) => void navigate(`${demographyPaths.commune(tenant.slug, code)}?subject=${subject}&snapshot=${snapshot.id}`)}
              emptyMessage={<MissingContours />}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
