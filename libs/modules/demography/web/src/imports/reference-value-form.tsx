import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { referenceValueInput, type SubjectId } from '@ancrage/demography-domain';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { SubjectSelect } from '../common/subject-select';

const LEVELS = ['region', 'france'] as const;

/** Adds (or replaces, for the same subject, level and year) a density published for the région or France. */
export function ReferenceValueForm() {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [subject, setSubject] = useState<SubjectId>('general-practice');
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('region');
  const [density, setDensity] = useState<number | string>('');
  const [source, setSource] = useState('');
  const [year, setYear] = useState<number | string>(new Date().getFullYear() - 1);

  const save = useMutation(
    trpc.demography.saveReferenceValue.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        setDensity('');
        notify.success(t('referenceValues.saved'));
        await queryClient.invalidateQueries(trpc.demography.pathFilter());
      },
      onError: (error) => errors.showApiError(error),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(referenceValueInput, { subject, level, densityPer100k: density === '' ? undefined : density, source, year: year === '' ? undefined : year });
    if (input) save.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('referenceValues.formTitle')}>
      <FormAlert message={errors.formError} />
      <Stack gap="sm">
        <Group gap="md" align="flex-start" wrap="wrap">
          <SubjectSelect value={subject} onChange={setSubject} />
          <NativeSelect
            label={t('referenceValues.level')}
            value={level}
            onChange={(event) => setLevel(event.currentTarget.value as (typeof LEVELS)[number])}
            data={LEVELS.map((value) => ({ value, label: t(`referenceValues.levels.${value}`) }))}
          />
          <NumberInput
            label={t('referenceValues.density')}
            value={density}
            onChange={setDensity}
            min={0}
            decimalScale={1}
            decimalSeparator=","
            error={errors.errorOf('densityPer100k')}
            required
            w={200}
          />
          <NumberInput label={t('referenceValues.year')} value={year} onChange={setYear} min={1990} max={2100} error={errors.errorOf('year')} required w={120} />
        </Group>
        <TextInput
          label={t('referenceValues.source')}
          description={t('referenceValues.sourceHelp')}
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          error={errors.errorOf('source')}
          required
          maw={560}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('referenceValues.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
