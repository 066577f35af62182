import { useTranslation } from 'react-i18next';
import { StatusMessage } from './status-message';

/** Unknown page or unknown département, with the way back. */
export function NotFoundMessage({ homeHref = '/', reason = 'page' }: { homeHref?: string; reason?: 'page' | 'tenant' }) {
  const { t } = useTranslation('common');
  return (
    <StatusMessage
      eyebrow={t('status.notFound.eyebrow')}
      title={reason === 'tenant' ? t('status.notFound.tenantTitle') : t('status.notFound.title')}
      message={reason === 'tenant' ? t('status.notFound.tenantMessage') : t('status.notFound.message')}
      homeHref={homeHref}
      homeLabel={reason === 'tenant' || homeHref === '/' ? t('status.allDepartements') : t('status.backHome')}
    />
  );
}
