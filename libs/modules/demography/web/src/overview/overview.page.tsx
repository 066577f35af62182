import './overview-print.css';
import { useMemo } from 'react';
import { Anchor, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, QueryState, useCan, useTenant, useTRPC } from '@ancrage/ui';
import { demographyPaths, IMPORT_PERMISSION } from '../demography-paths';
import { SnapshotSource } from '../common/snapshot-source';
import { useReadySnapshots, type SnapshotRow } from '../common/use-ready-snapshots.hook';
import { AccessibilityTab } from './accessibility-tab';
import { EvolutionTab } from './evolution-tab';
import { IndicatorsTab } from './indicators-tab';
import { KeyFigures } from './key-figures';
import { MapTab } from './map-tab';
import { OverviewFilters } from './overview-filters';
import { PrintButton } from './print-button';
import { OVERVIEW_TABS, useOverviewParams, type OverviewTab } from './use-overview-params.hook';
import { WithoutGpTab } from './without-gp-tab';

function NoSnapshot() {
  const { t } = useTranslation('demography');
  const tenant = useTenant();
  const canImport = useCan(IMPORT_PERMISSION);
  return (
    <Paper withBorder p="lg">
      <Text fw={600}>{t('overview.noSnapshot')}</Text>
      {canImport ? (
        <Anchor component={Link} to={demographyPaths.imports(tenant.slug)}>
          {t('overview.goToImports')}
        </Anchor>
      ) : (
        <Text>{t('overview.askImporter')}</Text>
      )}
    </Paper>
  );
}

/** Figures and tabs of one ready snapshot. */
function OverviewContent({ ready }: { ready: readonly SnapshotRow[] }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const readyIds = useMemo(() => ready.map((snapshot) => snapshot.id), [ready]);
  const params = useOverviewParams(readyIds);
  const { subject, level, snapshotId } = params;
  const indicators = useQuery(trpc.demography.indicators.queryOptions({ subject, level, snapshotId }));

  return (
    <Stack gap="lg">
      <OverviewFilters subject={subject} level={level} snapshotId={snapshotId} snapshots={ready} onChange={params.update} />
      <QueryState query={indicators}>
        {(data) =>
          data.snapshot ? (
            <Stack gap="lg">
              <section aria-labelledby="demography-figures">
                <Title order={2} size="h3" id="demography-figures" mb="xs">
                  {t('figures.title', { subject: t(`subjects.${subject}`), level: t(`levels.${level}`) })}
                </Title>
                <Stack gap="sm">
                  <SnapshotSource snapshot={data.snapshot} />
                  <KeyFigures indicators={data} subject={subject} snapshotId={data.snapshot.id} />
                </Stack>
              </section>
              <Tabs value={params.tab} onChange={(tab) => params.update({ tab: tab ?? 'map' })} keepMounted={false}>
                <Tabs.List aria-label={t('tabs.label')} data-demography-no-print>
                  {OVERVIEW_TABS.map((tab: OverviewTab) => (
                    <Tabs.Tab key={tab} value={tab}>
                      {t(`tabs.${tab}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                <Tabs.Panel value="map" pt="md">
                  <MapTab subject={subject} snapshot={data.snapshot} fromId={params.fromId} toId={params.toId} />
                </Tabs.Panel>
                <Tabs.Panel value="table" pt="md">
                  <IndicatorsTab rows={data.rows} subject={subject} level={level} snapshot={data.snapshot} />
                </Tabs.Panel>
                <Tabs.Panel value="evolution" pt="md">
                  <EvolutionTab subject={subject} snapshots={ready} fromId={params.fromId} toId={params.toId} onChange={params.update} />
                </Tabs.Panel>
                <Tabs.Panel value="withoutGp" pt="md">
                  <WithoutGpTab snapshotId={data.snapshot.id} />
                </Tabs.Panel>
                <Tabs.Panel value="accessibility" pt="md">
                  <AccessibilityTab subject={subject} snapshotId={data.snapshot.id} />
                </Tabs.Panel>
              </Tabs>
            </Stack>
          ) : (
            <NoSnapshot />
          )
        }
      </QueryState>
    </Stack>
  );
}

/** /t/:tenant/admin/demography — the "état des lieux" of the medical offer. */
export function OverviewPage() {
  const { t } = useTranslation('demography');
  const { query, ready } = useReadySnapshots();
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.intro')} actions={<PrintButton />} />
      <QueryState query={query}>{() => (ready.length === 0 ? <NoSnapshot /> : <OverviewContent ready={ready} />)}</QueryState>
    </>
  );
}
