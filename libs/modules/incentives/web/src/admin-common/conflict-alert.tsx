import { ATTENTION_COLOR } from '../common/tones';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Someone else changed the record since the page loaded it: say so, and offer to load their version. */
export function ConflictAlert({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useTranslation('incentives');
  return (
    <Alert color={ATTENTION_COLOR} variant="outline" role="alert" title={t('admin.conflict.title')}>
      <Stack gap="sm" align="flex-start">
        <Text>{message}</Text>
        <Button variant="default" size="xs" onClick={onReload}>
          {t('admin.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
