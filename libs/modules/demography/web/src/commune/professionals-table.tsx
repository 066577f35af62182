import { useMemo, useState } from 'react';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExplorerTable, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { useProfessionLabel } from '../common/use-profession-label.hook';

type Situation = RouterOutputs['demography']['commune']['professionals'][number];
/** A professional may hold several situations in one commune: rows are keyed by their place in the list. */
type Professional = Situation & { rowId: string };

/** The commune's practice situations in the snapshot, with names (back-office only), filterable by profession. */
export function ProfessionalsTable({ professionals, communeName }: { professionals: readonly Situation[]; communeName: string }) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  const professionLabel = useProfessionLabel();
  const [profession, setProfession] = useState('');
  const professions = useMemo(() => [...new Map(professionals.map((p) => [p.professionCode, professionLabel(p.professionCode, p.professionLabel)]))], [professionals, professionLabel]);
  const keyed = useMemo(() => professionals.map((p, index): Professional => ({ ...p, rowId: String(index) })), [professionals]);
  const rows = useMemo(() => (profession ? keyed.filter((p) => p.professionCode === profession) : keyed), [keyed, profession]);
  const columns = useMemo(
    (): ExplorerColumn<Professional>[] => [
      { key: 'name', header: t('professionals.name'), value: (p) => `${p.lastName} ${p.firstName}`.trim() },
      { key: 'profession', header: t('professionals.profession'), value: (p) => professionLabel(p.professionCode, p.professionLabel) },
      { key: 'specialty', header: t('professionals.specialty'), value: (p) => p.specialtyLabel },
      { key: 'mode', header: t('professionals.mode'), value: (p) => t(`modes.${p.mode ?? 'unknown'}`) },
      { key: 'structure', header: t('professionals.structure'), value: (p) => p.structureName },
      { key: 'sector', header: t('professionals.sector'), value: (p) => p.sectorLabel },
      { key: 'weight', header: t('professionals.weight'), value: (p) => p.weight, numeric: true, format: (value) => format.fte(Number(value)) },
    ],
    [t, format, professionLabel],
  );
  return (
    <ExplorerTable
      caption={t('professionals.caption', { name: communeName })}
      columns={columns}
      rows={rows}
      rowKey={(p) => p.rowId}
      empty={t('professionals.empty')}
      filterLabel={t('professionals.search')}
      filters={
        <NativeSelect
          label={t('professionals.profession')}
          value={profession}
          onChange={(event) => setProfession(event.currentTarget.value)}
          data={[{ value: '', label: t('professionals.allProfessions') }, ...professions.map(([value, label]) => ({ value, label }))]}
        />
      }
      exportFileName={t('files.professionals', { name: communeName })}
      minWidth={900}
    />
  );
}
