import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { qualifyPermission } from '@ancrage/module-sdk';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';
import { DataTable, PageHeader, QueryState, TablePagination, useCan, useFormatters, useTRPC, type DataTableColumn, type RouterOutputs } from '@ancrage/ui';
import { ItemForm } from './item-form';

type Item = RouterOutputs['centre-governance']['items']['items'][number];

/** /t/:tenant/admin/centre-governance — the tenant's items, and a form to add one for those who may. */
export function CentreGovernanceListPage() {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const items = useQuery(trpc['centre-governance'].items.queryOptions({ page }));
  const canManage = useCan(qualifyPermission(centreGovernanceModule.id, 'item.manage'));

  const columns: DataTableColumn<Item>[] = [
    { key: 'name', header: t('items.name'), render: (item) => item.name },
    { key: 'description', header: t('items.description'), render: (item) => item.description },
    { key: 'createdAt', header: t('items.createdAt'), render: (item) => format.date(item.createdAt) },
  ];

  return (
    <>
      <PageHeader title={t('title')} />
      {canManage ? <ItemForm /> : null}
      <QueryState query={items}>
        {(data) => (
          <>
            <DataTable caption={t('items.count', { count: data.total })} columns={columns} rows={data.items} rowKey={(item) => item.id} empty={t('items.empty')} />
            <TablePagination page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} label={t('items.title')} />
          </>
        )}
      </QueryState>
    </>
  );
}
