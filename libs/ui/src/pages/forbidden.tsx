import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from './status-message';

/** Signed in, but without a role here (or without the permission for this page). */
export function ForbiddenMessage({ homeHref = '/', extra }: { homeHref?: string; extra?: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <StatusMessage
      eyebrow={t('status.forbidden.eyebrow')}
      title={t('status.forbidden.title')}
      message={t('status.forbidden.message')}
      homeHref={homeHref}
      homeLabel={homeHref === '/' ? t('status.allDepartements') : t('status.backHome')}
      extra={extra}
    />
  );
}
