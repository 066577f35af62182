import { useState, type FormEvent } from 'react';
import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { inviteUserInput } from '@ancrage/contracts';
import type { TenantRole } from '@ancrage/module-sdk';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { roleOptions } from './roles';

const empty = { email: '', displayName: '', role: 'officer' as TenantRole };

/** Invites someone by email with a role; they choose their password from the link. */
export function InviteUserForm() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [values, setValues] = useState(empty);
  const invite = useMutation(trpc.admin.users.invite.mutationOptions());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(inviteUserInput, { ...values, email: values.email.trim() });
    if (!input) return;
    try {
      await invite.mutateAsync(input);
      notify.success(t('admin.users.invited', { email: input.email }));
      setValues(empty);
      await queryClient.invalidateQueries({ queryKey: trpc.admin.users.list.queryKey() });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invite-heading">
      <Title order={2} size="h3" id="invite-heading" mb="md">
        {t('admin.users.inviteTitle')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <FormAlert message={errors.formError} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('admin.users.name')}
              required
              value={values.displayName}
              onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
              error={errors.errorOf('displayName')}
            />
            <TextInput
              label={t('auth.email')}
              type="email"
              required
              value={values.email}
              onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
              error={errors.errorOf('email')}
            />
            <NativeSelect
              label={t('admin.users.role')}
              data={roleOptions(t)}
              value={values.role}
              onChange={(event) => setValues({ ...values, role: event.currentTarget.value as TenantRole })}
              error={errors.errorOf('role')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={invite.isPending}>
              {t('admin.users.sendInvitation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
