import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExplorerTable, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';

type PublicRow = RouterOutputs['demography']['publicIndicators']['rows'][number];

interface PublicIndicatorsTableProps {
  rows: readonly PublicRow[];
  caption: string;
  level: 'commune' | 'epci';
  secrecyThreshold: number;
  fileName: string;
}

/** Aggregates by commune or EPCI for the public: counts under the secrecy threshold are said to be secret. */
export function PublicIndicatorsTable({ rows, caption, level, secrecyThreshold, fileName }: PublicIndicatorsTableProps) {
  const { t } = useTranslation('demography');
  const format = useDemographyFormat();
  const columns = useMemo((): ExplorerColumn<PublicRow>[] => {
    const secret = t('portal.secret', { threshold: secrecyThreshold });
    return [
      { key: 'name', header: t(`table.names.${level}`), value: (row) => row.name },
      { key: 'population', header: t('table.population'), value: (row) => row.population, numeric: true },
      { key: 'headcount', header: t('table.headcount'), value: (row) => row.headcount, numeric: true, cell: (row) => (row.headcount === null ? secret : format.count(row.headcount)) },
      {
        key: 'density',
        header: t('table.density'),
        value: (row) => row.densityPer100k,
        numeric: true,
        cell: (row) => (row.headcount === null ? secret : row.densityPer100k === null ? '—' : format.density(row.densityPer100k)),
      },
    ];
  }, [t, level, secrecyThreshold, format]);
  return (
    <ExplorerTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.code}
      empty={t('table.empty')}
      filterLabel={t(level === 'commune' ? 'table.search' : 'table.searchEpci')}
      exportFileName={fileName}
      minWidth={520}
    />
  );
}
