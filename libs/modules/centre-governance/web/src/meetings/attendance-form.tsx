import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import type { MeetingView } from './meeting-types';
import { useMeetingRefresh } from './use-meeting-refresh.hook';

interface Row {
  status: AttendanceStatus;
  proxyHolderId: string;
}

/** The attendance sheet: each seat present, represented (with the holder of the proxy), excused or absent. */
export function AttendanceForm({ view, editable }: { view: MeetingView; editable: boolean }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const notify = useNotify();
  const errors = useFieldErrors();
  const refresh = useMeetingRefresh();
  const recorded = new Map(view.attendance.map((entry) => [entry.memberId, entry]));
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(view.seats.map((seat) => [seat.memberId, { status: recorded.get(seat.memberId)?.status ?? 'absent', proxyHolderId: recorded.get(seat.memberId)?.proxyHolderId ?? '' }])),
  );
  const save = useMutation(
    trpc['centre-governance'].setAttendance.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        notify.success(t('meeting.attendanceSaved'));
        await refresh();
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const update = (memberId: string, change: Partial<Row>) => setRows((current) => ({ ...current, [memberId]: { ...(current[memberId] as Row), ...change } }));
  const holders = view.seats.filter((seat) => seat.votes > 0 && rows[seat.memberId]?.status === 'present');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      meetingId: view.meeting.id,
      entries: view.seats.map((seat) => {
        const row = rows[seat.memberId] as Row;
        return { memberId: seat.memberId, status: row.status, proxyHolderId: row.status === 'represented' ? row.proxyHolderId || null : null };
      }),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('meeting.attendance')}>
      <Stack gap="sm">
        <FormAlert message={errors.formError} />
        <Table.ScrollContainer minWidth={560} type="native">
          <Table captionSide="top" verticalSpacing="xs">
            <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('meeting.attendanceCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meeting.member')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('meeting.votes')}
                </Table.Th>
                <Table.Th scope="col">{t('meeting.presence')}</Table.Th>
                <Table.Th scope="col">{t('meeting.proxyHolder')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.seats.map((seat) => {
                const row = rows[seat.memberId] as Row;
                return (
                  <Table.Tr key={seat.memberId}>
                    <Table.Th scope="row" fw="normal">
                      {seat.name}
                    </Table.Th>
                    <Table.Td style={{ textAlign: 'right' }}>{seat.votes === 0 ? t('meeting.observer') : seat.votes}</Table.Td>
                    <Table.Td>
                      {editable ? (
                        <NativeSelect
                          aria-label={t('meeting.presenceOf', { member: seat.name })}
                          value={row.status}
                          onChange={(event) => update(seat.memberId, { status: event.currentTarget.value as AttendanceStatus })}
                          data={ATTENDANCE_STATUSES.filter((status) => status !== 'represented' || seat.votes > 0).map((status) => ({ value: status, label: t(`attendance.${status}`) }))}
                        />
                      ) : (
                        t(`attendance.${row.status}`)
                      )}
                    </Table.Td>
                    <Table.Td>
                      {row.status !== 'represented' ? null : editable ? (
                        <NativeSelect
                          aria-label={t('meeting.proxyHolderOf', { member: seat.name })}
                          value={row.proxyHolderId}
                          onChange={(event) => update(seat.memberId, { proxyHolderId: event.currentTarget.value })}
                          data={[{ value: '', label: t('meeting.chooseHolder') }, ...holders.filter((holder) => holder.memberId !== seat.memberId).map((holder) => ({ value: holder.memberId, label: holder.name }))]}
                        />
                      ) : (
                        (view.seats.find((holder) => holder.memberId === row.proxyHolderId)?.name ?? '—')
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {editable ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('meeting.saveAttendance')}
            </Button>
            <Text size="sm">{view.rules.maxProxiesPerHolder === null ? t('meeting.proxyNoLimit') : t('meeting.proxyLimit', { count: view.rules.maxProxiesPerHolder })}</Text>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
