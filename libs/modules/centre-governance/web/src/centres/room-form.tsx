import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, roomInput } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useTRPC } from '@ancrage/ui';

/** Adds a room to a site, in one line. */
export function RoomForm({ siteId, siteName }: { siteId: string; siteName: string }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof ROOM_KINDS)[number]>('consultation');
  const add = useMutation(
    trpc['centre-governance'].addRoom.mutationOptions({
      onSuccess: async () => {
        setName('');
        errors.clear();
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centre.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(roomInput, { siteId, name, kind });
    if (input) add.mutate(input);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('rooms.addTo', { site: siteName })}>
      <FormAlert message={errors.formError} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput label={t('rooms.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.errorOf('name')} required />
        <NativeSelect label={t('rooms.kind')} value={kind} onChange={(event) => setKind(event.currentTarget.value as typeof kind)} data={ROOM_KINDS.map((value) => ({ value, label: t(`roomKinds.${value}`) }))} />
        <Button type="submit" variant="default" loading={add.isPending}>
          {t('rooms.add')}
        </Button>
      </Group>
    </form>
  );
}
