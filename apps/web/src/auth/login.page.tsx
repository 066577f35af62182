import { Anchor, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTenant, useTRPC } from '@ancrage/ui';
import { AuthCard } from './auth-card';
import { LoginForm } from './login-form';
import { safeNext, withNext } from './safe-next';

/** /t/:tenant/login — staff go to the back-office (or to `next`), public accounts to the portal. */
export function LoginPage() {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const base = `/t/${tenant.slug}`;

  const onSignedIn = async () => {
    const me = await queryClient.fetchQuery(trpc.auth.me.queryOptions());
    const fallback = me?.role ? `${base}/admin` : base;
    await navigate(safeNext(params.get('next'), fallback), { replace: true });
  };

  return (
    <AuthCard title={t('auth.loginTitle')} description={t('auth.loginIntro', { tenant: tenant.name })}>
      <LoginForm onSignedIn={onSignedIn} forgotPasswordHref={`${base}/forgot-password`} />
      <Text mt="lg">
        {t('auth.noAccount')}{' '}
        <Anchor component={Link} to={withNext(`${base}/signup`, params.get('next'))}>
          {t('auth.createAccount')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
