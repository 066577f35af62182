import { useState, type FormEvent } from 'react';
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert, useFieldErrors, useTenant, useTRPC } from '@ancrage/ui';
import { AuthCard } from './auth-card';
import { requestResetForm } from './auth-forms.schema';

/** /t/:tenant/forgot-password — the same answer whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(requestResetForm, { email: email.trim() });
    if (!input) return;
    try {
      await request.mutateAsync(input);
      setSent(true);
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <AuthCard title={t('auth.forgotTitle')} description={sent ? undefined : t('auth.forgotIntro')}>
      {sent ? (
        <Stack gap="md">
          <FormAlert tone="success" message={t('auth.forgotSent')} />
          <Anchor component={Link} to={`/t/${tenant.slug}/login`}>
            {t('auth.goToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <FormAlert message={errors.formError} />
            <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={errors.errorOf('email')} />
            <Button type="submit" loading={request.isPending}>
              {t('auth.sendResetLink')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
