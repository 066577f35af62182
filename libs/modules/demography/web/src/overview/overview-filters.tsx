import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { territoryLevels, type SubjectId, type TerritoryLevel } from '@ancrage/demography-domain';
import { SnapshotSelect } from '../common/snapshot-select';
import { SubjectSelect } from '../common/subject-select';

interface OverviewFiltersProps {
  subject: SubjectId;
  snapshotId: string | undefined;
  level: TerritoryLevel;
  snapshots: readonly { id: string; extractedOn: string }[];
  onChange: (change: { subject?: string; snapshot?: string; level?: string }) => void;
}

/** Subject, snapshot and territory level of the overview. */
export function OverviewFilters({ subject, snapshotId, level, snapshots, onChange }: OverviewFiltersProps) {
  const { t } = useTranslation('demography');
  return (
    <Group gap="md" align="flex-end" wrap="wrap" role="group" aria-label={t('filters.label')} data-demography-no-print>
      <SubjectSelect value={subject} onChange={(value) => onChange({ subject: value })} />
      <SnapshotSelect label={t('filters.snapshot')} snapshots={snapshots} value={snapshotId} onChange={(snapshot) => onChange({ snapshot })} />
      <NativeSelect
        label={t('filters.level')}
        value={level}
        onChange={(event) => onChange({ level: event.currentTarget.value })}
        data={territoryLevels.map((value) => ({ value, label: t(`levels.${value}`) }))}
      />
    </Group>
  );
}
