import { useTranslation } from 'react-i18next';
import { PageHeader } from '@ancrage/ui';

/** /t/:tenant/centre-governance — the module's page on the public portal. */
export function CentreGovernancePortalPage() {
  const { t } = useTranslation('centre-governance');
  return <PageHeader title={t('title')} description={t('portal.intro')} />;
}
