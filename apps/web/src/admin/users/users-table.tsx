import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TenantRole } from '@ancrage/module-sdk';
import { ConfirmButton, DataTable, useFormatters, useMe, useNotify, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { roleOptions } from './roles';

type Member = RouterOutputs['admin']['users']['list'][number];

/** The département's staff: change a role in place, remove someone (after confirmation). */
export function UsersTable({ users }: { users: Member[] }) {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const format = useFormatters();
  const { data: me } = useMe();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.users.list.queryKey() });

  const setRole = useMutation(
    trpc.admin.users.setRole.mutationOptions({
      onSuccess: () => notify.success(t('admin.users.roleChanged')),
      onError: notify.failure,
      onSettled: refresh,
    }),
  );
  const remove = useMutation(
    trpc.admin.users.remove.mutationOptions({
      onSuccess: () => notify.success(t('admin.users.removed')),
      onError: notify.failure,
      onSettled: refresh,
    }),
  );

  return (
    <DataTable
      caption={t('admin.users.tableCaption', { count: users.length })}
      rows={users}
      rowKey={(user) => user.userId}
      empty={t('admin.users.empty')}
      minWidth={760}
      columns={[
        { key: 'name', header: t('admin.users.name'), render: (user) => user.displayName + (user.userId === me?.userId ? ` (${t('admin.users.you')})` : '') },
        { key: 'email', header: t('auth.email'), render: (user) => user.email },
        {
          key: 'role',
          header: t('admin.users.role'),
          render: (user) => (
            <NativeSelect
              aria-label={t('admin.users.roleOf', { name: user.displayName })}
              data={roleOptions(t)}
              value={user.role}
              disabled={setRole.isPending}
              onChange={(event) => setRole.mutate({ userId: user.userId, role: event.currentTarget.value as TenantRole })}
              size="xs"
            />
          ),
        },
        { key: 'status', header: t('admin.users.status'), render: (user) => (user.emailVerifiedAt ? t('admin.users.active') : t('admin.users.pending')) },
        { key: 'since', header: t('admin.users.since'), render: (user) => format.date(user.createdAt) },
        {
          key: 'actions',
          header: t('admin.users.actions'),
          render: (user) => (
            <ConfirmButton
              size="xs"
              aria-label={t('admin.users.removeNamed', { name: user.displayName })}
              title={t('admin.users.removeTitle')}
              message={t('admin.users.removeConfirm', { name: user.displayName })}
              confirmLabel={t('admin.users.remove')}
              onConfirm={() => remove.mutateAsync({ userId: user.userId }).catch(() => undefined)}
            >
              {t('admin.users.remove')}
            </ConfirmButton>
          ),
        },
      ]}
    />
  );
}
