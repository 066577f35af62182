import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addDays } from '@ancrage/centre-governance-domain';
import { ConfirmButton, QueryState, useCan, useNotify, useTRPC } from '@ancrage/ui';
import { permissions } from '../common/paths';
import { useCgFormat } from '../common/use-cg-format.hook';

/** Who works where in a week: one row per booking, grouped by day, in Paris time. */
export function WeekView({ centreId, day, onDayChange }: { centreId: string; day: string; onDayChange: (day: string) => void }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const format = useCgFormat();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const canManage = useCan(permissions.manageStaff);
  const week = useQuery(trpc['centre-governance'].week.queryOptions({ centreId, day }));
  const cancel = useMutation(trpc['centre-governance'].cancelBooking.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].week.queryKey() }), onError: notify.failure }));
  const columns = canManage ? 6 : 5;
  const time = (instant: Date | string) => format.dateTime(instant).slice(-5);
  return (
    <QueryState query={week}>
      {(data) => (
        <>
          <Group align="flex-end" gap="sm" mb="sm">
            <Button variant="default" onClick={() => onDayChange(addDays(data.monday, -7))}>
              {t('staff.previousWeek')}
            </Button>
            <TextInput type="date" label={t('staff.weekOf')} value={day} onChange={(event) => event.currentTarget.value && onDayChange(event.currentTarget.value)} />
            <Button variant="default" onClick={() => onDayChange(addDays(data.monday, 7))}>
              {t('staff.nextWeek')}
            </Button>
          </Group>
          <Table.ScrollContainer minWidth={720} type="native">
            <Table captionSide="top" verticalSpacing={4} striped>
              <Table.Caption style={{ textAlign: 'left', color: 'var(--mantine-color-text)' }}>{t('staff.weekCaption', { from: format.day(data.monday), to: format.day(addDays(data.monday, 6)) })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staff.day')}</Table.Th>
                  <Table.Th scope="col">{t('staff.hours')}</Table.Th>
                  <Table.Th scope="col">{t('staff.site')}</Table.Th>
                  <Table.Th scope="col">{t('staff.room')}</Table.Th>
                  <Table.Th scope="col">{t('staff.professional')}</Table.Th>
                  {canManage ? <Table.Th scope="col">{t('documents.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.bookings.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <Text py="sm">{t('staff.noBooking')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  data.bookings.map((booking) => (
                    <Table.Tr key={booking.id}>
                      <Table.Td>{format.weekday(booking.day)}</Table.Td>
                      <Table.Td>{`${time(booking.startsAt)}–${time(booking.endsAt)}`}</Table.Td>
                      <Table.Td>{booking.siteName}</Table.Td>
                      <Table.Td>{booking.roomName}</Table.Td>
                      <Table.Td>{`${booking.firstName} ${booking.lastName} (${t(`staffStatuses.${booking.status}`)})`}</Table.Td>
                      {canManage ? (
                        <Table.Td>
                          <ConfirmButton
                            size="compact-sm"
                            aria-label={t('staff.cancelBookingOf', { room: booking.roomName, date: format.weekday(booking.day), from: time(booking.startsAt) })}
                            title={t('staff.cancelBookingTitle')}
                            message={t('staff.cancelBookingMessage', { room: booking.roomName, name: `${booking.firstName} ${booking.lastName}` })}
                            confirmLabel={t('staff.cancelBooking')}
                            onConfirm={() => cancel.mutateAsync({ id: booking.id })}
                          >
                            {t('staff.cancelBooking')}
                          </ConfirmButton>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </QueryState>
  );
}
