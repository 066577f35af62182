import { Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton, DataTable, QueryState, useNotify, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { useDemographyFormat } from '../common/demography-format.hook';
import { ReferenceValueForm } from './reference-value-form';

type ReferenceValue = RouterOutputs['demography']['referenceValues'][number];

/** Densities of the région and of France that the overview compares with; managed by those who configure. */
export function ReferenceValuesSection({ canConfigure }: { canConfigure: boolean }) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const format = useDemographyFormat();
  const values = useQuery(trpc.demography.referenceValues.queryOptions());
  const remove = useMutation(
    trpc.demography.deleteReferenceValue.mutationOptions({
      onSuccess: () => notify.success(t('referenceValues.deleted')),
      onError: notify.failure,
      onSettled: () => queryClient.invalidateQueries(trpc.demography.pathFilter()),
    }),
  );
  const describe = (value: ReferenceValue) => t('referenceValues.named', { subject: t(`subjects.${value.subject}`), level: t(`referenceValues.levels.${value.level}`), year: value.year });

  return (
    <Stack gap="md">
      <Text>{t('referenceValues.intro')}</Text>
      <QueryState query={values}>
        {(list) => (
          <DataTable
            caption={t('referenceValues.caption')}
            rows={list}
            rowKey={(value) => value.id}
            empty={t('referenceValues.empty')}
            minWidth={720}
            columns={[
              { key: 'subject', header: t('filters.subject'), render: (value) => t(`subjects.${value.subject}`) },
              { key: 'level', header: t('referenceValues.level'), render: (value) => t(`referenceValues.levels.${value.level}`) },
              { key: 'density', header: t('referenceValues.density'), numeric: true, render: (value) => format.density(value.densityPer100k) },
              { key: 'source', header: t('referenceValues.source'), render: (value) => value.source },
              { key: 'year', header: t('referenceValues.year'), numeric: true, render: (value) => String(value.year) },
              ...(canConfigure
                ? [
                    {
                      key: 'actions',
                      header: t('imports.actions'),
                      render: (value: ReferenceValue) => (
                        <ConfirmButton
                          size="xs"
                          aria-label={t('referenceValues.deleteOf', { name: describe(value) })}
                          title={t('referenceValues.deleteTitle')}
                          message={t('referenceValues.deleteConfirm', { name: describe(value) })}
                          confirmLabel={t('imports.delete')}
                          onConfirm={() => remove.mutateAsync({ id: value.id }).catch(() => undefined)}
                        >
                          {t('imports.delete')}
                        </ConfirmButton>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {canConfigure ? <ReferenceValueForm /> : null}
    </Stack>
  );
}
