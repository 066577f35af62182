import { useMemo } from 'react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubjectId, TerritoryLevel } from '@ancrage/demography-domain';
import { ExplorerTable, useTenant, type ExplorerColumn, type RouterOutputs } from '@ancrage/ui';
import { demographyPaths } from '../demography-paths';
import { useDemographyFormat } from '../common/demography-format.hook';

type IndicatorRow = RouterOutputs['demography']['indicators']['rows'][number];

interface IndicatorsTabProps {
  rows: readonly IndicatorRow[];
  subject: SubjectId;
  level: TerritoryLevel;
  snapshot: { id: string; extractedOn: string };
}

/** Headcount, FTE, density and libéral/salarié split of every territory of the level, sortable and exportable. */
export function IndicatorsTab({ rows, subject, level, snapshot }: IndicatorsTabProps) {
  const { t } = useTranslation('demography');
  const tenant = useTenant();
  const format = useDemographyFormat();

  const columns = useMemo((): ExplorerColumn<IndicatorRow>[] => {
    const communeLink = (row: IndicatorRow) => (
      <Anchor component={Link} to={`${demographyPaths.commune(tenant.slug, row.code)}?subject=${subject}&snapshot=${snapshot.id}`}>
        {row.name}
      </Anchor>
    );
    return [
      { key: 'code', header: t('table.code'), value: (row) => row.code },
      { key: 'name', header: t(`table.names.${level}`), value: (row) => row.name, ...(level === 'commune' ? { cell: communeLink } : {}) },
      { key: 'population', header: t('table.population'), value: (row) => row.population, numeric: true },
      { key: 'headcount', header: t('table.headcount'), value: (row) => row.headcount, numeric: true },
      { key: 'fte', header: t('table.fte'), value: (row) => row.fte, numeric: true, format: (value) => format.fte(Number(value)) },
      { key: 'density', header: t('table.density'), value: (row) => row.densityPer100k, numeric: true, format: (value) => format.density(Number(value)) },
      { key: 'liberal', header: t('table.liberalFte'), value: (row) => row.liberalFte, numeric: true, format: (value) => format.fte(Number(value)) },
      { key: 'salaried', header: t('table.salariedFte'), value: (row) => row.salariedFte, numeric: true, format: (value) => format.fte(Number(value)) },
    ];
  }, [t, level, subject, snapshot.id, tenant.slug, format]);

  return (
    <ExplorerTable
      caption={t('table.caption', { subject: t(`subjects.${subject}`), level: t(`levels.${level}`), date: format.longDate(snapshot.extractedOn) })}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.code}
      empty={t('table.empty')}
      filterLabel={t('table.search')}
      exportFileName={t('files.indicators', { subject, level, date: snapshot.extractedOn })}
      minWidth={820}
    />
  );
}
