import { useState } from 'react';
import { Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_CSV_COLUMNS, FTE_PROFESSIONS, fteColumn } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC, useTRPCClient, type RouterOutputs } from '@ancrage/ui';
import { FormSection } from '../common/form-section';

type Check = RouterOutputs['centre-governance']['checkActivityFile'];

/** Imports a CSV of monthly figures: checked first (every issue by line and column), then imported whole or not at all. */
export function ActivityImport({ centreId }: { centreId: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  const importFile = useMutation(
    trpc['centre-governance'].importActivity.mutationOptions({
      onSuccess: async ({ imported }) => {
        setFile(null);
        setCheck(null);
        errors.clear();
        notify.success(t('activity.imported', { count: imported }));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].activity.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setCheck(null);
    errors.clear();
    if (!chosen) return;
    const text = await chosen.text();
    setCsv(text);
    try {
      setCheck(await client['centre-governance'].checkActivityFile.query({ centreId, csv: text }));
    } catch (error) {
      errors.showApiError(error);
    }
  };
  const expected = [...Object.values(ACTIVITY_CSV_COLUMNS).map((names) => names[0]), ...FTE_PROFESSIONS.map(fteColumn)].join(';');
  return (
    <FormSection title={t('activity.import')}>
      <Stack gap="sm">
        <Text size="sm">{t('activity.importHelp')}</Text>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {expected}
        </Text>
        <FormAlert message={errors.formError} />
        <FileInput label={t('activity.file')} value={file} onChange={(chosen) => void choose(chosen)} accept=".csv,text/csv,text/plain" clearable clearButtonProps={{ 'aria-label': t('gip.clearFile') }} />
        {check ? (
          <div role="status">
            {check.issues.length === 0 ? (
              <Text>{t('activity.ready', { count: check.rows, months: check.months.join(', ') })}</Text>
            ) : (
              <>
                <Text c="red.9" fw={500}>
                  {t('activity.issues', { count: check.issues.length })}
                </Text>
                <List size="sm">
                  {check.issues.slice(0, 20).map((issue) => (
                    <List.Item key={`${issue.line}-${issue.column}-${issue.code}`}>{t('activity.issue', { line: issue.line, column: issue.column, problem: t(`activity.issueCodes.${issue.code}`) })}</List.Item>
                  ))}
                </List>
              </>
            )}
          </div>
        ) : null}
        <Group>
          <Button onClick={() => importFile.mutate({ centreId, csv })} loading={importFile.isPending} disabled={!check || check.issues.length > 0 || check.rows === 0}>
            {t('activity.importButton')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
