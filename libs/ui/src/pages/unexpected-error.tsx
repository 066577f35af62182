import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from './status-message';

/** What the error boundary shows: an apology, a reload and the way home. */
export function UnexpectedErrorMessage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation('common');
  return (
    <StatusMessage
      eyebrow={t('status.error.eyebrow')}
      title={t('status.error.title')}
      message={t('status.error.message')}
      homeHref={homeHref}
      homeLabel={homeHref === '/' ? t('status.allDepartements') : t('status.backHome')}
      extra={
        <Button variant="default" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>
      }
    />
  );
}
