import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useTRPC } from '@ancrage/ui';
import { InviteUserForm } from './invite-user-form';
import { UsersTable } from './users-table';

/** /t/:tenant/admin/users — who works in this space, with which role. */
export function UsersPage() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.users.list.queryOptions());
  return (
    <Stack gap="xl">
      <PageHeader title={t('platform:nav.users')} description={t('admin.users.intro')} />
      <QueryState query={users}>{(list) => <UsersTable users={list} />}</QueryState>
      <InviteUserForm />
    </Stack>
  );
}
