import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FTE_PROFESSIONS, activityInput, type FteProfession } from '@ancrage/centre-governance-domain';
import { FormAlert, MoneyInput, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { FormSection } from '../common/form-section';
import type { ActivityView } from './activity-types';

const COUNTS = ['consultations', 'unscheduledConsultations', 'homeVisits', 'activePatients', 'referringDoctorPatients'] as const;

/** Enters (or corrects) one site's figures for one month. */
export function ActivityForm({ view }: { view: ActivityView }) {
  const { t } = useTranslation('centre-governance');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [siteId, setSiteId] = useState(view.sites[0]?.id ?? '');
  const [month, setMonth] = useState('');
  const [counts, setCounts] = useState<Record<(typeof COUNTS)[number], number | ''>>({ consultations: '', unscheduledConsultations: '', homeVisits: '', activePatients: '', referringDoctorPatients: '' });
  const [fees, setFees] = useState<number | null>(null);
  const [fte, setFte] = useState<Partial<Record<FteProfession, number>>>({});
  const save = useMutation(
    trpc['centre-governance'].saveActivity.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        notify.success(t('activity.saved'));
        await queryClient.invalidateQueries({ queryKey: trpc['centre-governance'].activity.queryKey() });
      },
      onError: (error) => errors.showApiError(error),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = Object.fromEntries(COUNTS.map((key) => [key, counts[key] === '' ? Number.NaN : counts[key]]));
    const input = errors.validate(activityInput, { siteId, month, ...values, feeRevenueCents: fees ?? Number.NaN, fte: Object.fromEntries(Object.entries(fte).map(([key, value]) => [key, Math.round((value ?? 0) * 100)])) });
    if (input) save.mutate(input);
  };
  return (
    <FormSection title={t('activity.enter')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect label={t('activity.site')} value={siteId} onChange={(event) => setSiteId(event.currentTarget.value)} data={view.sites.map((site) => ({ value: site.id, label: site.name }))} />
            <TextInput type="month" label={t('activity.columns.month')} placeholder="2026-01" value={month} onChange={(event) => setMonth(event.currentTarget.value)} error={errors.errorOf('month')} required />
            {COUNTS.map((key) => (
              <NumberInput key={key} label={t(`activity.fields.${key}`)} value={counts[key]} onChange={(value) => setCounts((current) => ({ ...current, [key]: typeof value === 'number' ? value : '' }))} min={0} allowDecimal={false} thousandSeparator=" " error={errors.errorOf(key)} required />
            ))}
            <MoneyInput label={t('activity.columns.fees')} value={fees} onChange={setFees} error={errors.errorOf('feeRevenueCents')} required />
            {FTE_PROFESSIONS.map((profession) => (
              <NumberInput key={profession} label={t('activity.fteOf', { profession: t(`professions.${profession}`) })} value={fte[profession] ?? ''} onChange={(value) => setFte((current) => ({ ...current, [profession]: typeof value === 'number' ? value : undefined }))} min={0} decimalScale={2} decimalSeparator="," />
            ))}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={save.isPending} disabled={view.sites.length === 0}>
              {t('activity.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
