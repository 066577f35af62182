import { useState, type FormEvent } from 'react';
import { Button, CloseButton, Group, NativeSelect, NumberInput, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { scenarioInput, type SubjectId } from '@ancrage/demography-domain';
import { FormAlert, useFieldErrors, useTRPC, type RouterInputs, type RouterOutputs } from '@ancrage/ui';
import { newChange, toSupplyChanges, type ChangeDraft } from './scenario-changes';
import { ScenarioResult } from './scenario-result';

type Scenario = RouterOutputs['demography']['scenario'];
type ScenarioRequest = RouterInputs['demography']['scenario'];

interface ScenarioFormProps {
  subject: SubjectId;
  snapshotId: string;
  /** The communes a change may name (those with a contour), sorted by name. */
  communes: readonly { code: string; name: string }[];
}

const MAX_CHANGES = 50;

/** "N FTE settle in / leave <commune>", several at once: which communes change class, how many inhabitants. */
export function ScenarioForm({ subject, snapshotId, communes }: ScenarioFormProps) {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [drafts, setDrafts] = useState<ChangeDraft[]>([newChange(1)]);
  const [result, setResult] = useState<Scenario | null>(null);
  const options = communes.map((commune) => ({ value: commune.code, label: `${commune.name} (${commune.code})` }));

  const simulate = useMutation({
    mutationFn: (input: ScenarioRequest) => queryClient.fetchQuery(trpc.demography.scenario.queryOptions(input)),
    onSuccess: (data) => {
      errors.clear();
      setResult(data);
    },
    onError: (error) => errors.showApiError(error),
  });

  const update = (key: number, change: Partial<ChangeDraft>) => setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
  const add = () => setDrafts((current) => [...current, newChange(Math.max(0, ...current.map((draft) => draft.key)) + 1)]);
  const remove = (key: number) => setDrafts((current) => current.filter((draft) => draft.key !== key));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(scenarioInput, { subject, snapshotId, changes: toSupplyChanges(drafts) });
    if (input) simulate.mutate(input);
  };

  return (
    <Stack gap="md">
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate aria-label={t('scenario.title')}>
        <Stack gap="sm">
          {drafts.map((draft, index) => (
            <Group key={draft.key} align="flex-start" gap="sm" wrap="wrap" role="group" aria-label={t('scenario.change', { number: index + 1 })}>
              <NumberInput
                label={t('scenario.fte')}
                value={draft.fte}
                onChange={(fte) => update(draft.key, { fte })}
                min={0.1}
                max={500}
                step={0.5}
                decimalScale={1}
                decimalSeparator=","
                error={errors.errorOf(`changes.${index}.deltaFte`)}
                w={110}
              />
              <NativeSelect
                label={t('scenario.direction')}
                value={draft.direction}
                onChange={(event) => update(draft.key, { direction: event.currentTarget.value as ChangeDraft['direction'] })}
                data={[
                  { value: 'settle', label: t('scenario.settle') },
                  { value: 'leave', label: t('scenario.leave') },
                ]}
                w={180}
              />
              <Select
                label={t('scenario.commune')}
                placeholder={t('scenario.communePlaceholder')}
                data={options}
                value={draft.communeCode}
                onChange={(communeCode) => update(draft.key, { communeCode })}
                searchable
                nothingFoundMessage={t('scenario.noCommune')}
                error={errors.errorOf(`changes.${index}.communeCode`)}
                style={{ flex: '1 1 16rem' }}
                limit={50}
              />
              {drafts.length > 1 ? (
                <CloseButton mt={28} aria-label={t('scenario.remove', { number: index + 1 })} onClick={() => remove(draft.key)} />
              ) : null}
            </Group>
          ))}
          <Group gap="sm">
            <Button variant="default" onClick={add} disabled={drafts.length >= MAX_CHANGES}>
              {t('scenario.add')}
            </Button>
            <Button type="submit" loading={simulate.isPending}>
              {t('scenario.run')}
            </Button>
          </Group>
        </Stack>
      </form>
      {result ? <ScenarioResult result={result} /> : null}
    </Stack>
  );
}
