import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SubjectId } from '@ancrage/demography-domain';
import { DataTable, QueryState, useTRPC } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';

const PLACEMENTS = 10;
const FTE = 1;
/** Accessibility is in FTE per 100 000 inhabitants. */
const PER_INHABITANTS = 100_000;

/** Where one more FTE would help the under-served inhabitants most, best first. */
export function PlacementsTable({ subject, snapshotId }: { subject: SubjectId; snapshotId: string }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const format = useDemographyFormat();
  const placements = useQuery(trpc.demography.placements.queryOptions({ subject, snapshotId, fte: FTE, limit: PLACEMENTS }));
  return (
    <QueryState query={placements}>
      {(data) => (
        <>
          <Text size="sm" mb="xs">
            {t('placements.explanation')}
          </Text>
          <DataTable
            caption={t('placements.caption', { count: PLACEMENTS })}
            rows={data.placements.map((placement, index) => ({ ...placement, rank: index + 1 }))}
            rowKey={(placement) => placement.communeCode}
            empty={t('placements.empty')}
            minWidth={640}
            columns={[
              { key: 'rank', header: t('placements.rank'), numeric: true, render: (placement) => format.count(placement.rank) },
              { key: 'name', header: t('table.names.commune'), render: (placement) => placement.name },
              { key: 'gain', header: t('placements.gain'), numeric: true, render: (placement) => format.share(placement.underservedGain / PER_INHABITANTS / FTE) },
              { key: 'served', header: t('placements.newlyServed'), numeric: true, render: (placement) => format.count(placement.newlyServedInhabitants) },
              { key: 'reached', header: t('placements.reached'), numeric: true, render: (placement) => format.count(placement.reachedInhabitants) },
            ]}
          />
        </>
      )}
    </QueryState>
  );
}
