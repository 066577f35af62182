import { useTranslation } from 'react-i18next';
import { PageHeader } from '@ancrage/ui';

/** /t/:tenant/events — the module's page on the public portal. */
export function EventsPortalPage() {
  const { t } = useTranslation('events');
  return <PageHeader title={t('title')} description={t('portal.intro')} />;
}
