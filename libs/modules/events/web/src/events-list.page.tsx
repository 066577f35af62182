import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { qualifyPermission } from '@ancrage/module-sdk';
import { eventsModule } from '@ancrage/events-domain';
import { DataTable, PageHeader, QueryState, TablePagination, useCan, useFormatters, useTRPC, type DataTableColumn, type RouterOutputs } from '@ancrage/ui';
import { ItemForm } from './item-form';

type Item = RouterOutputs['events']['items']['items'][number];

/** /t/:tenant/admin/events — the tenant's items, and a form to add one for those who may. */
export function EventsListPage() {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const items = useQuery(trpc.events.items.queryOptions({ page }));
  const canManage = useCan(qualifyPermission(eventsModule.id, 'item.manage'));

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
