import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../api/api-error';

/** Toasts for the outcome of an action, with a labelled close button. */
export function useNotify() {
  const { t } = useTranslation('common');
  const success = useCallback(
    (message: string) => notifications.show({ message, color: 'teal.9', closeButtonProps: { 'aria-label': t('actions.close') } }),
    [t],
  );
  const failure = useCallback(
    (error: unknown) =>
      notifications.show({ message: apiErrorMessage(error, t('errors.unexpected')), color: 'red.9', closeButtonProps: { 'aria-label': t('actions.close') } }),
    [t],
  );
  return { success, failure };
}
