import { useState, type FormEvent } from 'react';
import { Anchor, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert, useFieldErrors, useTenant, useTRPC } from '@ancrage/ui';
import { AuthCard } from './auth-card';
import { MIN_PASSWORD_LENGTH, resetPasswordForm } from './auth-forms.schema';
import { PasswordField } from './password-field';

/** /t/:tenant/reset-password?token= — choose a new password (also the end of an invitation). */
export function ResetPasswordPage() {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const base = `/t/${tenant.slug}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(resetPasswordForm, { password, confirmation });
    if (!input) return;
    try {
      await reset.mutateAsync({ token, password: input.password });
      setDone(true);
    } catch (error) {
      errors.showApiError(error);
    }
  };

  if (!token || done) {
    return (
      <AuthCard title={t('auth.resetTitle')}>
        <Stack gap="md">
          <FormAlert tone={done ? 'success' : 'error'} message={done ? t('auth.resetDone') : t('auth.missingToken')} />
          <Anchor component={Link} to={done ? `${base}/login` : `${base}/forgot-password`}>
            {done ? t('auth.goToLogin') : t('auth.requestNewLink')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.resetTitle')} description={t('auth.resetIntro')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <FormAlert message={errors.formError} />
          {errors.errorOf('token') ? (
            <Anchor component={Link} to={`${base}/forgot-password`}>
              {t('auth.requestNewLink')}
            </Anchor>
          ) : null}
          <PasswordField
            label={t('auth.newPassword')}
            description={t('auth.passwordRule', { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.errorOf('password')}
          />
          <PasswordField
            label={t('auth.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirmation}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
            error={errors.errorOf('confirmation')}
          />
          <Button type="submit" loading={reset.isPending}>
            {t('auth.saveNewPassword')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
