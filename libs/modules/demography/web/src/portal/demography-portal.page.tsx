import { useMemo, useState } from 'react';
import { NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectId } from '@ancrage/demography-domain';
import { PageHeader, QueryState, StatCard, useTenant, useTRPC } from '@ancrage/ui';
import { CommuneMap } from '../common/commune-map';
import { useDemographyFormat } from '../common/demography-format.hook';
import { densityClasses } from '../common/map-classes';
import { communeFeatures } from '../common/map-features';
import { SnapshotSource } from '../common/snapshot-source';
import { SubjectSelect } from '../common/subject-select';
import { PublicIndicatorsTable } from './public-indicators-table';

const LEVELS = ['commune', 'epci'] as const;
type PublicLevel = (typeof LEVELS)[number];

/** /t/:tenant/demography — the département's care provision for everyone: aggregates only, never a name. */
export function DemographyPortalPage() {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useDemographyFormat();
  const [subject, setSubject] = useState<SubjectId>('general-practice');
  const [level, setLevel] = useState<PublicLevel>('commune');
  const indicators = useQuery(trpc.demography.publicIndicators.queryOptions({ subject, level }));
  // The map is by commune whatever the table shows.
  const communeIndicators = useQuery(trpc.demography.publicIndicators.queryOptions({ subject, level: 'commune' }));
  const shapes = useQuery(trpc.demography.publicMapShapes.queryOptions());
  const densities = useMemo(() => new Map((communeIndicators.data?.rows ?? []).map((row) => [row.code, row.headcount === null ? null : row.densityPer100k])), [communeIndicators.data]);
  const subjectName = t(`subjects.${subject}`);

  return (
    <>
      <PageHeader title={t('portal.title')} description={t('portal.intro', { name: tenant.name })} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={640}>
          <SubjectSelect value={subject} onChange={setSubject} />
          <NativeSelect label={t('filters.level')} value={level} onChange={(event) => setLevel(event.currentTarget.value as PublicLevel)} data={LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }))} />
        </SimpleGrid>
        <QueryState query={indicators}>
          {(data) =>
            data.snapshot === null ? (
              <Paper withBorder p="lg">
                <Text>{t('portal.noData')}</Text>
              </Paper>
            ) : (
              <Stack gap="lg">
                <SnapshotSource snapshot={data.snapshot} />
                {data.total ? (
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                    <StatCard value={data.total.headcount === null ? t('portal.secret', { threshold: data.secrecyThreshold }) : format.count(data.total.headcount)} label={t('figures.headcount', { subject: subjectName })} />
                    <StatCard value={data.total.densityPer100k === null ? '—' : format.density(data.total.densityPer100k)} label={t('figures.density')} />
                  </SimpleGrid>
                ) : null}
                {shapes.data && shapes.data.features.length > 0 ? (
                  <section aria-labelledby="demography-portal-map">
                    <Title order={2} size="h3" id="demography-portal-map" mb="sm">
                      {t('portal.mapTitle')}
                    </Title>
                    <CommuneMap
                      title={t('map.titles.density', { subject: subjectName })}
                      legendTitle={t('map.legends.density')}
                      features={communeFeatures(shapes.data)}
                      values={densities}
                      classes={densityClasses(densities.values(), t('map.classes.none'))}
                      format={format.density}
                      source={format.rppsSource(data.snapshot.extractedOn)}
                      fictitious={data.snapshot.fictitious}
                      emptyMessage={t('portal.noMap')}
                    />
                    <Text size="sm" mt="xs">
                      {t('portal.secretOnMap', { threshold: data.secrecyThreshold })}
                    </Text>
                  </section>
                ) : null}
                <section aria-labelledby="demography-portal-table">
                  <Title order={2} size="h3" id="demography-portal-table" mb="sm">
                    {t('portal.tableTitle')}
                  </Title>
                  <PublicIndicatorsTable
                    rows={data.rows}
                    level={level}
                    secrecyThreshold={data.secrecyThreshold}
                    caption={t('portal.caption', { subject: subjectName, level: t(`levels.${level}`) })}
                    fileName={t('files.public', { subject, level })}
                  />
                  <Text size="sm" mt="xs">
                    {t('portal.secrecyNote', { threshold: data.secrecyThreshold })}
                  </Text>
                </section>
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
