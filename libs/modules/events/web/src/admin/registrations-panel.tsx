import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UPS, REGISTRATION_STATUSES, type FollowUp, type Question, type RegistrationStatus } from '@ancrage/events-domain';
import { ConfirmButton, ExplorerTable, ExportButtons, QueryState, useCan, useFormatters, useNotify, useTenant, useTRPC, type ExplorerColumn } from '@ancrage/ui';
import { permissions } from '../event-paths';
import { RegistrationStatusBadge } from '../common/event-badges';
import { AddGuestForm } from './add-guest-form';
import { registrationExportColumns, type StaffRegistration } from './registration-export';

interface RegistrationsPanelProps {
  eventId: string;
  questions: readonly Question[];
  audiences: Parameters<typeof AddGuestForm>[0]['audiences'];
  open: boolean;
}

/** Who registered: search, status filter, exports with every answer, and the officer's actions. */
export function RegistrationsPanel({ eventId, questions, audiences, open }: RegistrationsPanelProps) {
  const { t } = useTranslation('events');
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const format = useFormatters();
  const canManage = useCan(permissions.manageRegistrations);
  const [status, setStatus] = useState<RegistrationStatus | ''>('');
  const [adding, setAdding] = useState(false);
  const registrations = useQuery(trpc.events.registrations.queryOptions({ eventId }));

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.events.registrations.queryKey({ eventId }) });
    await queryClient.invalidateQueries({ queryKey: trpc.events.event.queryKey({ id: eventId }) });
  };
  const settle = { onError: notify.failure, onSettled: refresh };
  const cancel = useMutation(trpc.events.cancelRegistration.mutationOptions({ ...settle, onSuccess: ({ promoted }) => notify.success(t('registrations.cancelled', { count: promoted })) }));
  const checkIn = useMutation(trpc.events.checkIn.mutationOptions(settle));
  const undo = useMutation(trpc.events.undoCheckIn.mutationOptions(settle));
  const followUp = useMutation(trpc.events.setFollowUp.mutationOptions(settle));

  const name = (r: StaffRegistration) => `${r.firstName} ${r.lastName}`;
  const columns: ExplorerColumn<StaffRegistration>[] = [
    {
      key: 'name',
      header: t('registrations.name'),
      value: (r) => `${r.lastName} ${r.firstName} ${r.email}`,
      cell: (r) => (
        <>
          <Text size="sm" fw={600}>
            {name(r)}
          </Text>
          <Text size="xs">{r.email}</Text>
        </>
      ),
    },
    { key: 'audience', header: t('registrations.audience'), value: (r) => r.audience, format: (value) => t(`audiences.${value}`) },
    { key: 'organisation', header: t('registrations.organisation'), value: (r) => r.organisation || null },
    { key: 'status', header: t('registrations.status'), value: (r) => `${r.status}:${String(r.waitlistPosition ?? 0).padStart(5, '0')}`, cell: (r) => <RegistrationStatusBadge status={r.status} position={r.waitlistPosition} /> },
    { key: 'checkedInAt', header: t('registrations.checkedInAt'), value: (r) => (r.checkedInAt ? new Date(r.checkedInAt).getTime() : null), format: (time) => format.dateTime(new Date(time)) },
    {
      key: 'followUp',
      header: t('registrations.followUp'),
      value: (r) => r.followUp,
      format: (value) => t(`followUps.${value}`),
      cell: (r) =>
        canManage && r.checkedInAt ? (
          <NativeSelect
            aria-label={t('registrations.followUpOf', { name: name(r) })}
            size="xs"
            value={r.followUp}
            onChange={(event) => followUp.mutate({ id: r.id, followUp: event.currentTarget.value as FollowUp })}
            data={FOLLOW_UPS.map((value) => ({ value, label: t(`followUps.${value}`) }))}
          />
        ) : (
          t(`followUps.${r.followUp}`)
        ),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            header: t('registrations.actions'),
            sortable: false,
            value: () => null,
            cell: (r: StaffRegistration) =>
              r.status === 'cancelled' ? null : (
                <Group gap={6} wrap="nowrap">
                  {r.checkedInAt ? (
                    <Button size="xs" variant="default" onClick={() => undo.mutate({ eventId, registrationId: r.id })} aria-label={t('checkIn.undoNamed', { name: name(r) })}>
                      {t('checkIn.undo')}
                    </Button>
                  ) : (
                    <>
                      <Button size="xs" variant="default" onClick={() => checkIn.mutate({ eventId, registrationId: r.id })} aria-label={t('checkIn.markNamed', { name: name(r) })}>
                        {t('checkIn.mark')}
                      </Button>
                      <ConfirmButton
                        size="xs"
                        aria-label={t('registrations.cancelNamed', { name: name(r) })}
                        title={t('registrations.cancelTitle')}
                        message={t('registrations.cancelConfirm', { name: name(r) })}
                        confirmLabel={t('registrations.cancel')}
                        onConfirm={() => cancel.mutateAsync({ id: r.id }).catch(() => undefined)}
                      >
                        {t('registrations.cancel')}
                      </ConfirmButton>
                    </>
                  )}
                </Group>
              ),
          } satisfies ExplorerColumn<StaffRegistration>,
        ]
      : []),
  ];

  return (
    <QueryState query={registrations}>
      {(list) => {
        const rows = status ? list.filter((r) => r.status === status) : list;
        return (
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap">
              <ExportButtons fileName={`inscriptions-${tenant.slug}-${eventId.slice(0, 8)}`} sheetName={t('registrations.sheet')} columns={registrationExportColumns(questions, t)} rows={list} />
              {canManage && open ? (
                <Button variant="default" onClick={() => setAdding((value) => !value)} aria-expanded={adding}>
                  {t('registrations.addGuest')}
                </Button>
              ) : null}
            </Group>
            <Text size="sm">{t('registrations.exportHelp')}</Text>
            {adding ? <AddGuestForm eventId={eventId} audiences={audiences} onAdded={() => void refresh()} /> : null}
            <ExplorerTable
              caption={t('registrations.caption', { count: rows.length })}
              columns={columns}
              rows={rows}
              rowKey={(r) => r.id}
              empty={t('registrations.empty')}
              filterLabel={t('registrations.search')}
              minWidth={1000}
              filters={
                <NativeSelect
                  label={t('registrations.statusFilter')}
                  value={status}
                  onChange={(event) => setStatus(event.currentTarget.value as RegistrationStatus | '')}
                  data={[{ value: '', label: t('registrations.allStatuses') }, ...REGISTRATION_STATUSES.map((value) => ({ value, label: t(`registrationStatuses.${value}`) }))]}
                />
              }
            />
          </Stack>
        );
      }}
    </QueryState>
  );
}
