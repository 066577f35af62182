import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert, useFieldErrors, useTRPC } from '@ancrage/ui';
import { resetAllQueries } from '../api/api-clients';
import { loginForm } from './auth-forms.schema';
import { PasswordField } from './password-field';

interface LoginFormProps {
  onSignedIn: () => Promise<void> | void;
  /** Link to the password reset page (only on a tenant's portal). */
  forgotPasswordHref?: string;
}

/** Email and password; on success every cached answer is refreshed for the new session. */
export function LoginForm({ onSignedIn, forgotPasswordHref }: LoginFormProps) {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation(trpc.auth.login.mutationOptions());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(loginForm, { email: email.trim(), password });
    if (!input) return;
    try {
      await login.mutateAsync(input);
      await resetAllQueries();
      await onSignedIn();
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <FormAlert message={errors.formError} />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.errorOf('email')}
        />
        <PasswordField
          label={t('auth.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.errorOf('password')}
        />
        <Group justify="space-between" wrap="wrap">
          <Button type="submit" loading={login.isPending}>
            {t('auth.signIn')}
          </Button>
          {forgotPasswordHref ? (
            <Anchor component={Link} to={forgotPasswordHref}>
              {t('auth.forgotPassword')}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
