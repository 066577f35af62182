import { useState } from 'react';
import { Group, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALENDAR_MODES, SELECTION_MODES, type Calendar, type CalendarMode, type SelectionMode } from '@ancrage/incentives-domain';
import { FormSection } from '../../admin-common/form-section';
import { monthDayToTyped, typedToMonthDay } from './month-day';
import type { SectionProps } from './section-props';

function calendarInMode(mode: CalendarMode): Calendar {
  const year = new Date().getFullYear();
  switch (mode) {
    case 'ongoing':
      return { mode };
    case 'window':
      return { mode, opensOn: `${year}-01-01`, closesOn: `${year}-12-31` };
    case 'yearly':
      return { mode, opens: '01-01', closes: '12-31' };
  }
}

/** A day of every year, typed "30/06" and kept as "06-30"; what is typed stays as typed. */
function MonthDayInput({ label, description, value, onChange, error }: { label: string; description: string; value: string; onChange: (value: string) => void; error: string | undefined }) {
  const [typed, setTyped] = useState(monthDayToTyped(value));
  return (
    <TextInput
      label={label}
      description={description}
      value={typed}
      onChange={(event) => {
        setTyped(event.currentTarget.value);
        onChange(typedToMonthDay(event.currentTarget.value));
      }}
      error={error}
      required
      w={200}
    />
  );
}

/** When candidates may apply, and who decides (automatically or a committee). */
export function CalendarSection({ content, change, errorOf }: SectionProps) {
  const { t } = useTranslation('incentives');
  const calendar = content.calendar;
  return (
    <FormSection title={t('admin.editor.calendar.title')}>
      <Stack gap="sm">
        <NativeSelect label={t('admin.editor.calendar.mode')} value={calendar.mode} onChange={(event) => change({ calendar: calendarInMode(event.currentTarget.value as CalendarMode) })} data={CALENDAR_MODES.map((mode) => ({ value: mode, label: t(`calendarModes.${mode}`) }))} w={320} />
        {calendar.mode === 'window' ? (
          <Group gap="sm" align="flex-start">
            <TextInput type="date" label={t('admin.editor.calendar.opensOn')} value={calendar.opensOn} onChange={(event) => change({ calendar: { ...calendar, opensOn: event.currentTarget.value } })} error={errorOf('calendar.opensOn')} required />
            <TextInput type="date" label={t('admin.editor.calendar.closesOn')} value={calendar.closesOn} onChange={(event) => change({ calendar: { ...calendar, closesOn: event.currentTarget.value } })} error={errorOf('calendar.closesOn')} required />
          </Group>
        ) : null}
        {calendar.mode === 'yearly' ? (
          <Group gap="sm" align="flex-start">
            <MonthDayInput label={t('admin.editor.calendar.opens')} description={t('admin.editor.calendar.dayMonthHelp')} value={calendar.opens} onChange={(opens) => change({ calendar: { ...calendar, opens } })} error={errorOf('calendar.opens')} />
            <MonthDayInput label={t('admin.editor.calendar.closes')} description={t('admin.editor.calendar.dayMonthHelp')} value={calendar.closes} onChange={(closes) => change({ calendar: { ...calendar, closes } })} error={errorOf('calendar.closes')} />
          </Group>
        ) : null}
        <Radio.Group label={t('admin.editor.calendar.selection')} value={content.selection} onChange={(selection) => change({ selection: selection as SelectionMode })}>
          <Stack gap="xs" mt={4}>
            {SELECTION_MODES.map((mode) => (
              <Radio key={mode} value={mode} label={t(`selection.${mode}`)} />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </FormSection>
  );
}
