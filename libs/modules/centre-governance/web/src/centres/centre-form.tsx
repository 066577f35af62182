import { useState, type FormEvent } from 'react';
import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { centreInput } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC, type RouterOutputs } from '@ancrage/ui';
import { FormSection } from '../common/form-section';

type Centre = RouterOutputs['centre-governance']['centre'];

/** Creates a centre, or edits one: its GIP, planned opening and the communes it serves. */
export function CentreForm({ centre }: { centre?: Centre }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const communes = useQuery(trpc['centre-governance'].communeOptions.queryOptions());
  const gips = useQuery(trpc['centre-governance'].gips.queryOptions());
  const [name, setName] = useState(centre?.name ?? '');
  const [description, setDescription] = useState(centre?.description ?? '');
  const [gipId, setGipId] = useState(centre?.gipId ?? '');
  const [plannedOpeningOn, setPlanned] = useState(centre?.plannedOpeningOn ?? '');
  const [communeCodes, setCommuneCodes] = useState<string[]>(centre?.communes.map((commune) => commune.code) ?? []);
  const onSuccess = async () => {
    errors.clear();
    notify.success(t('centres.saved'));
    if (!centre) {
      setName('');
      setDescription('');
      setCommuneCodes([]);
    }
    await Promise.all([queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centres.queryKey() }), queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].centre.queryKey() })]);
  };
  const create = useMutation(trpc['centre-governance'].createCentre.mutationOptions({ onSuccess, onError: (error) => errors.showApiError(error) }));
  const update = useMutation(trpc['centre-governance'].updateCentre.mutationOptions({ onSuccess, onError: (error) => errors.showApiError(error) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(centreInput, { name, description, gipId: gipId || null, plannedOpeningOn, communeCodes });
    if (!input) return;
    if (centre) update.mutate({ ...input, id: centre.id });
    else create.mutate(input);
  };
  return (
    <FormSection title={centre ? t('centres.edit') : t('centres.new')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('centres.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.errorOf('name')} required />
            <NativeSelect label={t('centres.gip')} value={gipId} onChange={(event) => setGipId(event.currentTarget.value)} data={[{ value: '', label: t('centres.noGip') }, ...(gips.data ?? []).map((gip) => ({ value: gip.id, label: gip.name }))]} />
            <TextInput type="date" label={t('centres.plannedOpeningOn')} value={plannedOpeningOn} onChange={(event) => setPlanned(event.currentTarget.value)} error={errors.errorOf('plannedOpeningOn')} />
          </SimpleGrid>
          <Textarea label={t('centres.description')} value={description} onChange={(event) => setDescription(event.currentTarget.value)} autosize minRows={2} />
          <MultiSelect
            label={t('centres.communes')}
            description={t('centres.communesHelp')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('centres.clearCommunes') }}
            data={(communes.data ?? []).map((commune) => ({ value: commune.code, label: `${commune.name} (${commune.code})` }))}
            value={communeCodes}
            onChange={setCommuneCodes}
            nothingFoundMessage={t('centres.noCommuneFound')}
            maxDropdownHeight={260}
            error={errors.errorOf('communeCodes')}
          />
          <Group>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('centres.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
