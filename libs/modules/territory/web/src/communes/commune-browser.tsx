import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable, ErrorAlert, LoadingState, TablePagination, useFormatters, useTRPC } from '@ancrage/ui';
import { CommuneFilters } from './commune-filters';
import { useCommuneFilters } from './use-commune-filters.hook';

/** The searchable, paginated list of the département's communes (back-office and portal). */
export function CommuneBrowser() {
  const { t } = useTranslation('territory');
  const trpc = useTRPC();
  const format = useFormatters();
  const filters = useCommuneFilters();
  const communes = useQuery({ ...trpc.territory.communes.queryOptions(filters.input), placeholderData: keepPreviousData });

  return (
    <>
      <CommuneFilters search={filters.search} onSearch={filters.setSearch} epciCode={filters.epciCode} onEpci={filters.setEpciCode} />
      {communes.isPending ? <LoadingState /> : null}
      {communes.error ? <ErrorAlert error={communes.error} onRetry={() => void communes.refetch()} /> : null}
      {communes.data ? (
        <>
          <DataTable
            caption={t('communes.caption', { count: communes.data.total, formatted: format.number(communes.data.total) })}
            rows={communes.data.items}
            rowKey={(commune) => commune.code}
            empty={t('communes.empty')}
            minWidth={640}
            columns={[
              { key: 'code', header: t('communes.code'), render: (commune) => commune.code },
              { key: 'name', header: t('communes.name'), render: (commune) => commune.name },
              { key: 'postalCodes', header: t('communes.postalCodes'), render: (commune) => commune.postalCodes.join(', ') },
              { key: 'epci', header: t('communes.epci'), render: (commune) => commune.epciName ?? '—' },
              { key: 'population', header: t('communes.population'), numeric: true, render: (commune) => format.number(commune.population) },
            ]}
          />
          <TablePagination
            page={communes.data.page}
            pageSize={communes.data.pageSize}
            total={communes.data.total}
            onChange={filters.setPage}
            label={t('communes.pages')}
          />
        </>
      ) : null}
    </>
  );
}
