import { Anchor } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton, DataTable, useFormatters, useNotify, useTenant, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { perimeterPaths } from './perimeter-paths';

type PerimeterRow = RouterOutputs['territory']['perimeters'][number];

/** Perimeters with their commune count and population; edit and delete for those who manage them. */
export function PerimetersTable({ perimeters, canManage }: { perimeters: PerimeterRow[]; canManage: boolean }) {
  const { t } = useTranslation('territory');
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const format = useFormatters();
  const remove = useMutation(
    trpc.territory.deletePerimeter.mutationOptions({
      onSuccess: () => notify.success(t('perimeters.deleted')),
      onError: notify.failure,
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.territory.perimeters.queryKey() }),
    }),
  );

  return (
    <DataTable
      caption={t('perimeters.tableCaption', { count: perimeters.length })}
      rows={perimeters}
      rowKey={(perimeter) => perimeter.id}
      empty={t('perimeters.empty')}
      minWidth={760}
      columns={[
        {
          key: 'name',
          header: t('perimeters.name'),
          render: (perimeter) =>
            canManage ? (
              <Anchor component={Link} to={perimeterPaths.edit(tenant.slug, perimeter.id)}>
                {perimeter.name}
              </Anchor>
            ) : (
              perimeter.name
            ),
        },
        { key: 'kind', header: t('perimeters.kind'), render: (perimeter) => t(`perimeters.kinds.${perimeter.kind}`) },
        {
          key: 'communes',
          header: t('perimeters.communes'),
          numeric: true,
          render: (perimeter) => t('perimeters.communeCount', { count: Number(perimeter.communeCount), formatted: format.number(Number(perimeter.communeCount)) }),
        },
        { key: 'population', header: t('perimeters.population'), numeric: true, render: (perimeter) => format.number(Number(perimeter.population)) },
        { key: 'updatedAt', header: t('perimeters.updatedAt'), render: (perimeter) => format.date(perimeter.updatedAt) },
        ...(canManage
          ? [
              {
                key: 'actions',
                header: t('perimeters.actions'),
                render: (perimeter: PerimeterRow) => (
                  <ConfirmButton
                    size="xs"
                    aria-label={t('perimeters.deleteNamed', { name: perimeter.name })}
                    title={t('perimeters.deleteTitle')}
                    message={t('perimeters.deleteConfirm', { name: perimeter.name })}
                    confirmLabel={t('perimeters.delete')}
                    onConfirm={() => remove.mutateAsync({ id: perimeter.id }).catch(() => undefined)}
                  >
                    {t('perimeters.delete')}
                  </ConfirmButton>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
