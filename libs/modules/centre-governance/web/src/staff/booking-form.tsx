import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bookingInput } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';
import type { Professional } from './professionals-table';

/** Books a room of the centre for a professional on a day; double bookings are refused by the API. */
export function BookingForm({ centreId, people, day: initialDay }: { centreId: string; people: readonly Professional[]; day: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const centre = useQuery(trpc['centre-governance'].centre.queryOptions({ id: centreId }));
  const rooms = (centre.data?.sites ?? []).flatMap((site) => site.rooms.map((room) => ({ value: room.id, label: `${site.name} — ${room.name}` })));
  const [roomId, setRoomId] = useState('');
  const [professionalId, setProfessional] = useState('');
  const [day, setDay] = useState(initialDay);
  const [from, setFrom] = useState('08:30');
  const [to, setTo] = useState('12:30');
  const book = useMutation(
    trpc['centre-governance'].bookRoom.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        notify.success(t('staff.booked'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].week.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(bookingInput, { roomId: roomId || rooms[0]?.value, professionalId: professionalId || people[0]?.id, startsAt: `${day}T${from}`, endsAt: `${day}T${to}` });
    if (input) book.mutate(input);
  };
  return (
    <FormSection title={t('staff.book')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect label={t('staff.room')} value={roomId || rooms[0]?.value || ''} onChange={(event) => setRoomId(event.currentTarget.value)} data={rooms} />
            <NativeSelect label={t('staff.professional')} value={professionalId || people[0]?.id || ''} onChange={(event) => setProfessional(event.currentTarget.value)} data={people.map((person) => ({ value: person.id, label: `${person.lastName} ${person.firstName}` }))} />
            <TextInput type="date" label={t('staff.day')} value={day} onChange={(event) => setDay(event.currentTarget.value)} required />
            <TextInput type="time" label={t('staff.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={errors.errorOf('startsAt')} required />
            <TextInput type="time" label={t('staff.to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} error={errors.errorOf('endsAt')} required />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={book.isPending} disabled={rooms.length === 0 || people.length === 0}>
              {t('staff.bookButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
