import { useState, type ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useCan } from '@ancrage/ui';
import { CONFIGURE_PERMISSION, IMPORT_PERMISSION } from '../demography-paths';
import { useReadySnapshots } from '../common/use-ready-snapshots.hook';
import { ContoursSection } from './contours-section';
import { ImportStatusPanel } from './import-status-panel';
import { isRunning } from './import-status';
import { ReferenceValuesSection } from './reference-values-section';
import { RppsImportForm } from './rpps-import-form';
import { SnapshotsTable } from './snapshots-table';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** /t/:tenant/admin/demography/imports — RPPS snapshots, commune contours and reference values. */
export function ImportsPage() {
  const { t } = useTranslation('demography');
  const canImport = useCan(IMPORT_PERMISSION);
  const canConfigure = useCan(CONFIGURE_PERMISSION);
  const { query: snapshots } = useReadySnapshots();
  const [followed, setFollowed] = useState<{ snapshotId: string; fromList: boolean } | null>(null);
  // Without a choice, follow an import still under way.
  const running = snapshots.data?.find((snapshot) => isRunning(snapshot.status))?.id ?? null;
  const shown = followed ?? (running ? { snapshotId: running, fromList: false } : null);

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <Stack gap="xl">
        <Section id="demography-rpps" title={t('imports.rppsTitle')}>
          <Stack gap="md">
            <Text size="sm">{t('imports.rppsHelp')}</Text>
            {canImport ? <RppsImportForm onStarted={(snapshotId) => setFollowed({ snapshotId, fromList: false })} /> : <Text>{t('imports.readOnly')}</Text>}
            {shown ? <ImportStatusPanel key={shown.snapshotId} snapshotId={shown.snapshotId} focusOnShow={shown.fromList} /> : null}
          </Stack>
        </Section>
        <Section id="demography-snapshots" title={t('imports.snapshotsTitle')}>
          <QueryState query={snapshots}>{(list) => <SnapshotsTable snapshots={list} canImport={canImport} onShowReport={(snapshotId) => setFollowed({ snapshotId, fromList: true })} />}</QueryState>
        </Section>
        <Section id="demography-contours" title={t('contours.title')}>
          <ContoursSection canImport={canImport} />
        </Section>
        <Section id="demography-references" title={t('referenceValues.title')}>
          <ReferenceValuesSection canConfigure={canConfigure} />
        </Section>
      </Stack>
    </>
  );
}
