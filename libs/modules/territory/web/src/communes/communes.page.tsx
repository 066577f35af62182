import { useTranslation } from 'react-i18next';
import { PageHeader } from '@ancrage/ui';
import { CommuneBrowser } from './commune-browser';

/** /t/:tenant/admin/territory/communes */
export function CommunesPage() {
  const { t } = useTranslation('territory');
  return (
    <>
      <PageHeader title={t('nav.communes')} description={t('communes.intro')} />
      <CommuneBrowser />
    </>
  );
}
