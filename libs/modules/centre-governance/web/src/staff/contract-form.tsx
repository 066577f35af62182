import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTRACT_KINDS, contractInput } from '@ancrage/centre-governance-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';
import type { Professional } from './professionals-table';

/** Records a contract and its working time (FTE) for a professional. */
export function ContractForm({ people }: { people: readonly Professional[] }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [professionalId, setProfessional] = useState(people[0]?.id ?? '');
  const [kind, setKind] = useState<(typeof CONTRACT_KINDS)[number]>('permanent');
  const [employer, setEmployer] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [fte, setFte] = useState<number>(1);
  const add = useMutation(
    trpc['centre-governance'].addContract.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        notify.success(t('staff.contractSaved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].professionals.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(contractInput, { professionalId, kind, employer, startsOn, endsOn, fteHundredths: Math.round(fte * 100) });
    if (input) add.mutate(input);
  };
  return (
    <FormSection title={t('staff.addContract')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect label={t('staff.professional')} value={professionalId} onChange={(event) => setProfessional(event.currentTarget.value)} data={people.map((person) => ({ value: person.id, label: `${person.lastName} ${person.firstName}` }))} />
            <NativeSelect label={t('staff.contractKind')} value={kind} onChange={(event) => setKind(event.currentTarget.value as typeof kind)} data={CONTRACT_KINDS.map((value) => ({ value, label: t(`contractKinds.${value}`) }))} />
            <TextInput label={t('staff.employer')} value={employer} onChange={(event) => setEmployer(event.currentTarget.value)} />
            <TextInput type="date" label={t('staff.startsOn')} value={startsOn} onChange={(event) => setStartsOn(event.currentTarget.value)} error={errors.errorOf('startsOn')} required />
            <TextInput type="date" label={t('staff.endsOn')} value={endsOn} onChange={(event) => setEndsOn(event.currentTarget.value)} error={errors.errorOf('endsOn')} />
            <NumberInput label={t('staff.fte')} description={t('staff.fteHelp')} value={fte} onChange={(value) => setFte(typeof value === 'number' ? value : 0)} min={0.01} max={1} step={0.1} decimalScale={2} decimalSeparator="," error={errors.errorOf('fteHundredths')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="default" loading={add.isPending} disabled={people.length === 0}>
              {t('staff.saveContract')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
