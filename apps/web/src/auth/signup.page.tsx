import { useState, type FormEvent } from 'react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert, useFieldErrors, useTenant, useTRPC } from '@ancrage/ui';
import { AuthCard } from './auth-card';
import { MIN_PASSWORD_LENGTH, signupForm } from './auth-forms.schema';
import { PasswordField } from './password-field';
import { withNext } from './safe-next';

/** /t/:tenant/signup — a public account; the email address is confirmed by a link. */
export function SignupPage() {
  const { t } = useTranslation('common');
  const tenant = useTenant();
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const signup = useMutation(trpc.auth.signup.mutationOptions());
  const base = `/t/${tenant.slug}`;
  // Whoever came to sign up on the way somewhere (applying for a scheme) signs in to go on there.
  const [params] = useSearchParams();
  const login = withNext(`${base}/login`, params.get('next'));

  const set = (key: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(signupForm, { ...values, email: values.email.trim() });
    if (!input) return;
    try {
      await signup.mutateAsync(input);
      setSentTo(input.email);
    } catch (error) {
      errors.showApiError(error);
    }
  };

  if (sentTo) {
    return (
      <AuthCard title={t('auth.signupDoneTitle')}>
        <Stack gap="md">
          <FormAlert tone="success" message={t('auth.signupDone', { email: sentTo })} />
          <Anchor component={Link} to={login}>
            {t('auth.goToLogin')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.signupTitle')} description={t('auth.signupIntro', { tenant: tenant.name })}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <FormAlert message={errors.formError} />
          <TextInput label={t('auth.displayName')} autoComplete="name" required value={values.displayName} onChange={set('displayName')} error={errors.errorOf('displayName')} />
          <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={values.email} onChange={set('email')} error={errors.errorOf('email')} />
          <PasswordField
            label={t('auth.password')}
            description={t('auth.passwordRule', { count: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            value={values.password}
            onChange={set('password')}
            error={errors.errorOf('password')}
          />
          <Button type="submit" loading={signup.isPending}>
            {t('auth.createAccount')}
          </Button>
        </Stack>
      </form>
      <Text mt="lg">
        {t('auth.haveAccount')}{' '}
        <Anchor component={Link} to={login}>
          {t('auth.signIn')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
