import { Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AmountSchedule } from '@ancrage/incentives-domain';
import { MoneyInput } from '@ancrage/ui';
import { FormSection } from '../../admin-common/form-section';
import { AMOUNT_MODES, scheduleInMode, withCeiling, type AmountMode } from './amount-schedule';
import type { SectionProps } from './section-props';

const whole = (value: string | number) => (typeof value === 'number' ? value : 0);

function CountField({ label, value, max, onChange, error }: { label: string; value: number; max: number; onChange: (value: number) => void; error: string | undefined }) {
  return <NumberInput label={label} value={value} onChange={(next) => onChange(whole(next))} min={1} max={max} allowDecimal={false} w={200} error={error} required />;
}

/** How much a beneficiary receives: a mode and its fields, euros typed the French way, kept in cents. */
export function AmountSection({ content, change, errorOf }: SectionProps) {
  const { t } = useTranslation('incentives');
  const schedule = content.amount;
  const set = (next: AmountSchedule) => change({ amount: next });
  const amountField = schedule.mode !== 'by-year-of-study' && (
    <MoneyInput key={`amount-${schedule.mode}`} label={t(`admin.editor.amount.amountOf.${schedule.mode}`)} value={schedule.amountCents || null} onChange={(cents) => set({ ...schedule, amountCents: cents ?? 0 })} error={errorOf('amount.amountCents')} required w={240} />
  );
  return (
    <FormSection title={t('admin.editor.amount.title')}>
      <Stack gap="sm">
        <NativeSelect label={t('admin.editor.amount.mode')} value={schedule.mode} onChange={(event) => set(scheduleInMode(schedule, event.currentTarget.value as AmountMode))} data={AMOUNT_MODES.map((mode) => ({ value: mode, label: t(`amountModes.${mode}`) }))} w={320} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          {amountField}
          {schedule.mode === 'monthly' ? <CountField label={t('admin.editor.amount.months')} value={schedule.months} max={120} onChange={(months) => set({ ...schedule, months })} error={errorOf('amount.months')} /> : null}
          {schedule.mode === 'yearly' ? <CountField label={t('admin.editor.amount.years')} value={schedule.years} max={15} onChange={(years) => set({ ...schedule, years })} error={errorOf('amount.years')} /> : null}
          {schedule.mode === 'per-stage-period' ? <CountField label={t('admin.editor.amount.periods')} value={schedule.periods} max={12} onChange={(periods) => set({ ...schedule, periods })} error={errorOf('amount.periods')} /> : null}
        </Group>
        {schedule.mode === 'by-year-of-study' ? (
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t('admin.editor.amount.byYear')}
            </Text>
            {schedule.byYear.map((entry, index) => (
              <Group key={index} align="flex-end" gap="sm">
                <NumberInput
                  label={t('admin.editor.amount.yearOfStudy', { index: index + 1 })}
                  value={entry.year}
                  onChange={(year) => set({ ...schedule, byYear: schedule.byYear.map((row, i) => (i === index ? { ...row, year: whole(year) } : row)) })}
                  min={1}
                  max={15}
                  allowDecimal={false}
                  w={200}
                  error={errorOf(`amount.byYear.${index}.year`)}
                />
                <MoneyInput
                  label={t('admin.editor.amount.yearAmount', { index: index + 1 })}
                  value={entry.amountCents || null}
                  onChange={(cents) => set({ ...schedule, byYear: schedule.byYear.map((row, i) => (i === index ? { ...row, amountCents: cents ?? 0 } : row)) })}
                  error={errorOf(`amount.byYear.${index}.amountCents`)}
                  w={240}
                />
                <Button variant="subtle" color="red.9" c="red.9" disabled={schedule.byYear.length === 1} onClick={() => set({ ...schedule, byYear: schedule.byYear.filter((_, i) => i !== index) })} aria-label={t('admin.editor.amount.removeYear', { index: index + 1 })}>
                  {t('admin.editor.remove')}
                </Button>
              </Group>
            ))}
            {errorOf('amount.byYear') ? (
              <Text c="red.9" size="sm">
                {errorOf('amount.byYear')}
              </Text>
            ) : null}
            <Group>
              <Button variant="default" disabled={schedule.byYear.length >= 15} onClick={() => set({ ...schedule, byYear: [...schedule.byYear, { year: Math.min(15, Math.max(0, ...schedule.byYear.map((row) => row.year)) + 1), amountCents: 0 }] })}>
                {t('admin.editor.amount.addYear')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        <MoneyInput key={`ceiling-${schedule.mode}`} label={t('admin.editor.amount.ceiling')} description={t('admin.editor.amount.ceilingHelp')} value={schedule.ceilingCents ?? null} onChange={(cents) => set(withCeiling(schedule, cents))} error={errorOf('amount.ceilingCents')} w={240} />
      </Stack>
    </FormSection>
  );
}
