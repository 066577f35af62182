import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SITE_KINDS, siteInput } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';
import { parseOpeningHours } from './opening-hours';

/** Adds a site (main site or antenna) with its address and opening hours. */
export function SiteForm({ centreId, communes }: { centreId: string; communes: { code: string; name: string }[] }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof SITE_KINDS)[number]>('antenna');
  const [address, setAddress] = useState('');
  const [communeCode, setCommuneCode] = useState('');
  const [hours, setHours] = useState('');
  const [hoursError, setHoursError] = useState<string | undefined>();
  const save = useMutation(
    trpc['centre-governance'].saveSite.mutationOptions({
      onSuccess: async () => {
        setName('');
        setAddress('');
        setHours('');
        errors.clear();
        notify.success(t('sites.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centre.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { periods, invalid } = parseOpeningHours(hours);
    setHoursError(invalid.length > 0 ? t('sites.hoursInvalid', { lines: invalid.join(' ; ') }) : undefined);
    const input = errors.validate(siteInput, { centreId, name, kind, address, communeCode, openingHours: periods });
    if (input && invalid.length === 0) save.mutate({ site: input });
  };
  return (
    <FormSection title={t('sites.add')} level={3}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('sites.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.errorOf('name')} required />
            <NativeSelect label={t('sites.kind')} value={kind} onChange={(event) => setKind(event.currentTarget.value as typeof kind)} data={SITE_KINDS.map((value) => ({ value, label: t(`siteKinds.${value}`) }))} />
            <TextInput label={t('sites.address')} value={address} onChange={(event) => setAddress(event.currentTarget.value)} />
            <NativeSelect label={t('sites.commune')} value={communeCode} onChange={(event) => setCommuneCode(event.currentTarget.value)} data={[{ value: '', label: t('sites.chooseCommune') }, ...communes.map((commune) => ({ value: commune.code, label: commune.name }))]} />
          </SimpleGrid>
          <Textarea label={t('sites.hours')} description={t('sites.hoursHelp')} value={hours} onChange={(event) => setHours(event.currentTarget.value)} autosize minRows={3} error={hoursError ?? errors.errorOf('openingHours')} />
          <Group>
            <Button type="submit" variant="default" loading={save.isPending}>
              {t('sites.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
