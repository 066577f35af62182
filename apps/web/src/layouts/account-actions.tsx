import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@ancrage/ui';
import { useLogout } from '../auth/use-logout.hook';

/** Header links of a portal: sign in / create an account, or back-office / sign out. */
export function PortalAccountActions({ base }: { base: string }) {
  const { t } = useTranslation('common');
  const me = useMe();
  const logout = useLogout(base);
  if (me.isPending) return null;
  if (!me.data) {
    return (
      <>
        <Button component={Link} to={`${base}/login`} variant="filled" size="compact-md">
          {t('auth.signIn')}
        </Button>
        <Button component={Link} to={`${base}/signup`} variant="default" size="compact-md">
          {t('auth.createAccount')}
        </Button>
      </>
    );
  }
  return (
    <>
      {me.data.role ? (
        <Button component={Link} to={`${base}/admin`} variant="filled" size="compact-md">
          {t('portal.backOffice')}
        </Button>
      ) : null}
      <Button variant="default" size="compact-md" loading={logout.isPending} onClick={() => logout.mutate()}>
        {t('auth.signOut')}
      </Button>
    </>
  );
}
