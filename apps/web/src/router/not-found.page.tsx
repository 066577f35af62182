import { NotFoundMessage, useDocumentTitle, useOptionalTenant } from '@ancrage/ui';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';

/** Unknown address: back to the tenant's portal (or back-office), or to the list of départements. */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  const tenant = useOptionalTenant();
  const inAdmin = useMatch('/t/:tenant/admin/*') !== null;
  useDocumentTitle(t('status.notFound.title'));
  const home = tenant ? `/t/${tenant.slug}${inAdmin ? '/admin' : ''}` : '/';
  return <NotFoundMessage homeHref={home} />;
}
