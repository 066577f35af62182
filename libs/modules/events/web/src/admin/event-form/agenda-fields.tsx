import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection, type SectionProps } from './form-section';

/** The programme: items over one or several days. */
export function AgendaFields({ values, change, errorOf }: SectionProps) {
  const { t } = useTranslation('events');
  const update = (index: number, patch: Partial<(typeof values.agenda)[number]>) => change({ agenda: values.agenda.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  return (
    <FormSection legend={t('form.agenda')}>
      <Stack gap="sm">
        {values.agenda.length === 0 ? <Text size="sm">{t('form.agendaEmpty')}</Text> : null}
        {values.agenda.map((item, index) => (
          <Paper key={index} withBorder p="sm" role="group" aria-label={t('form.agendaItem', { n: index + 1 })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('form.agendaTitle')} required value={item.title} onChange={(e) => update(index, { title: e.currentTarget.value })} error={errorOf(`agenda.${index}.title`)} />
              <TextInput label={t('form.agendaPlace')} value={item.place} onChange={(e) => update(index, { place: e.currentTarget.value })} error={errorOf(`agenda.${index}.place`)} />
              <TextInput type="datetime-local" label={t('form.agendaStartsAt')} required value={item.startsAt} onChange={(e) => update(index, { startsAt: e.currentTarget.value })} error={errorOf(`agenda.${index}.startsAt`)} />
              <TextInput type="datetime-local" label={t('form.agendaEndsAt')} value={item.endsAt} onChange={(e) => update(index, { endsAt: e.currentTarget.value })} error={errorOf(`agenda.${index}.endsAt`)} />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button variant="subtle" color="red.9" size="xs" onClick={() => change({ agenda: values.agenda.filter((_, i) => i !== index) })} aria-label={t('form.removeAgendaItem', { n: index + 1 })}>
                {t('form.remove')}
              </Button>
            </Group>
          </Paper>
        ))}
        <div>
          <Button variant="default" onClick={() => change({ agenda: [...values.agenda, { startsAt: values.startsAt, endsAt: '', title: '', place: '' }] })}>
            {t('form.addAgendaItem')}
          </Button>
        </div>
      </Stack>
    </FormSection>
  );
}
