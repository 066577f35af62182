import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, apiErrorMessage } from '../api/api-error';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /** Text read by screen readers while loading. */
  loadingLabel?: string;
}

/** Loading spinner, translated error with a retry button, or the data. */
export function QueryState<T>({ query, children, loadingLabel }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.error !== null && query.error !== undefined) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data as T)}</>;
}

export function LoadingState({ label }: { label?: string | undefined }) {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" role="status">
      <Loader size="md" aria-hidden />
      <Text ml="sm">{label ?? t('loading')}</Text>
    </Center>
  );
}

/** A failed request: what the API said (already in the user's language), and a way to try again. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  const code = apiErrorCode(error);
  const title = code === 'FORBIDDEN' ? t('errors.forbiddenTitle') : code === 'NOT_FOUND' ? t('errors.notFoundTitle') : t('errors.requestFailed');
  return (
    <Alert color="red.9" variant="outline" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text c="red.9">{apiErrorMessage(error, t('errors.unexpected'))}</Text>
        {onRetry && code !== 'FORBIDDEN' && code !== 'NOT_FOUND' ? (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
