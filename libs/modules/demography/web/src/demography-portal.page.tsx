import { useTranslation } from 'react-i18next';
import { PageHeader } from '@ancrage/ui';

/** /t/:tenant/demography — the module's page on the public portal. */
export function DemographyPortalPage() {
  const { t } = useTranslation('demography');
  return <PageHeader title={t('title')} description={t('portal.intro')} />;
}
