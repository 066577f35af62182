import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { countsAsPublic, publicMajority } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import type { BodyView, GipView } from './gip-types';

/** Who sits in a body and with how many votes (empty: not seated); the public majority is checked as you type. */
export function SeatsForm({ body, members }: { body: BodyView; members: GipView['members'] }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [votes, setVotes] = useState<Record<string, number | ''>>(() => Object.fromEntries(members.map((member) => [member.id, body.seats.find((seat) => seat.memberId === member.id)?.votes ?? ''])));
  const save = useMutation(
    trpc['centre-governance'].setSeats.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        notify.success(t('gip.seatsSaved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].gip.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const seats = members.flatMap((member) => {
    const value = votes[member.id];
    return value === '' || value === undefined ? [] : [{ memberId: member.id, votes: value }];
  });
  const check = publicMajority(seats.map((seat) => ({ votes: seat.votes, sector: members.find((member) => member.id === seat.memberId)?.sector ?? 'private' })));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ bodyId: body.id, seats });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('gip.seatsOf', { body: body.name })}>
      <Stack gap="sm">
        <FormAlert message={errors.formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          {members.map((member) => (
            <NumberInput
              key={member.id}
              label={member.name}
              description={member.observer ? t('gip.observer') : countsAsPublic(member.sector) ? t('gip.publicSide') : t('sectors.private')}
              value={votes[member.id] ?? ''}
              onChange={(value) => setVotes((current) => ({ ...current, [member.id]: typeof value === 'number' ? value : '' }))}
              min={0}
              max={member.observer ? 0 : undefined}
              allowDecimal={false}
              placeholder={t('gip.notSeated')}
            />
          ))}
        </SimpleGrid>
        <Text role="status" size="sm" c={check.satisfied ? undefined : 'red.9'}>
          {t(check.satisfied ? 'gip.publicMajorityOk' : 'gip.publicMajorityKo', { public: check.publicVotes, total: check.totalVotes })}
        </Text>
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('gip.saveSeats')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
