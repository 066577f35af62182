import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ForbiddenMessage, LoadingState, PageHeader, useMe } from '@ancrage/ui';
import { loginUrl } from '../auth/safe-next';
import { NewTenantForm } from './new-tenant-form';

/** /platform/tenants/new — platform administrators add a département. */
export function NewTenantPage() {
  const { t } = useTranslation('common');
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (!me.data) return <Navigate to={loginUrl('/login', '/platform/tenants/new')} replace />;
  if (!me.data.isPlatformAdmin) return <ForbiddenMessage />;
  return (
    <>
      <PageHeader title={t('platform.newTenant.title')} description={t('platform.newTenant.intro')} />
      <NewTenantForm />
    </>
  );
}
