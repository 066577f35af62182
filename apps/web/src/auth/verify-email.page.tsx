import { useEffect, useRef } from 'react';
import { Anchor, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiErrorMessage, FormAlert, LoadingState, useTenant, useTRPC } from '@ancrage/ui';
import { AuthCard } from './auth-card';

/** /t/:tenant/verify-email?token= — confirms the address as soon as the page opens. */
export function VerifyEmailPage() {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions());
  const { mutate } = verify;
  // A token works once: never send it twice (React's strict mode runs effects twice).
  const sentFor = useRef<string | null>(null);
  const base = `/t/${tenant.slug}`;

  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    mutate({ token });
  }, [token, mutate]);

  const failed = !token || verify.isError;
  return (
    <AuthCard title={t('auth.verifyTitle')}>
      {token && (verify.isPending || verify.isIdle) ? (
        <LoadingState label={t('auth.verifying')} />
      ) : (
        <Stack gap="md">
          <FormAlert
            tone={failed ? 'error' : 'success'}
            message={!token ? t('auth.missingToken') : verify.isError ? apiErrorMessage(verify.error, t('errors.unexpected')) : t('auth.verified')}
          />
          <Anchor component={Link} to={`${base}/login`}>
            {t('auth.goToLogin')}
          </Anchor>
        </Stack>
      )}
    </AuthCard>
  );
}
