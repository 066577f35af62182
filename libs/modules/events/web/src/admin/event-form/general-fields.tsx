import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_FORMATS, EVENT_KINDS, type EventFormat, type EventKind } from '@ancrage/events-domain';
import { FormSection, type SectionProps } from './form-section';

/** Title, kind, format and texts of the event. */
export function GeneralFields({ values, change, errorOf }: SectionProps) {
  const { t } = useTranslation('events');
  return (
    <FormSection legend={t('form.general')}>
      <Stack gap="sm">
        <TextInput label={t('form.title')} required value={values.title} onChange={(e) => change({ title: e.currentTarget.value })} error={errorOf('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('form.kind')} value={values.kind} onChange={(e) => change({ kind: e.currentTarget.value as EventKind })} data={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
          <NativeSelect label={t('form.format')} value={values.format} onChange={(e) => change({ format: e.currentTarget.value as EventFormat })} data={EVENT_FORMATS.map((format) => ({ value: format, label: t(`formats.${format}`) }))} />
        </SimpleGrid>
        <TextInput label={t('form.summary')} description={t('form.summaryHelp')} value={values.summary} onChange={(e) => change({ summary: e.currentTarget.value })} error={errorOf('summary')} />
        <Textarea label={t('form.description')} autosize minRows={4} value={values.description} onChange={(e) => change({ description: e.currentTarget.value })} error={errorOf('description')} />
      </Stack>
    </FormSection>
  );
}
