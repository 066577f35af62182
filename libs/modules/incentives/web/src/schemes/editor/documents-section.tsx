import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORMATS, type RequiredDocument } from '@ancrage/incentives-domain';
import { FormSection } from '../../admin-common/form-section';
import { VocabularyCheckboxes } from '../../admin-common/vocabulary-checkboxes';
import type { SectionProps } from './section-props';

const MAX_DOCUMENTS = 20;

function newDocument(existing: readonly RequiredDocument[]): RequiredDocument {
  let n = existing.length + 1;
  while (existing.some((document) => document.key === `piece-${n}`)) n += 1;
  return { key: `piece-${n}`, label: { fr: '', en: '' }, formats: ['pdf'], maxMegabytes: 5, optional: false };
}

/** The documents a candidate attaches: a stable key, a label in both languages, accepted formats and size. */
export function DocumentsSection({ content, change, errorOf }: SectionProps) {
  const { t } = useTranslation('incentives');
  const documents = content.requiredDocuments;
  const setAt = (index: number, patch: Partial<RequiredDocument>) => change({ requiredDocuments: documents.map((document, i) => (i === index ? { ...document, ...patch } : document)) });
  return (
    <FormSection title={t('admin.editor.documents.title')}>
      <Stack gap="sm">
        {documents.length === 0 ? <Text>{t('admin.editor.documents.none')}</Text> : null}
        {documents.map((document, index) => {
          const number = index + 1;
          const at = (field: string) => errorOf(`requiredDocuments.${index}.${field}`);
          return (
            <Paper key={index} withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
              <Text component="legend" fw={600} px={4}>
                {t('admin.editor.documents.legend', { number })}
              </Text>
              <Stack gap="xs">
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput label={t('admin.editor.documents.key', { number })} description={t('admin.editor.documents.keyHelp')} value={document.key} onChange={(event) => setAt(index, { key: event.currentTarget.value })} error={at('key')} required />
                  <TextInput label={t('admin.editor.documents.labelFr', { number })} value={document.label.fr} onChange={(event) => setAt(index, { label: { ...document.label, fr: event.currentTarget.value } })} error={at('label.fr')} required />
                  <TextInput label={t('admin.editor.documents.labelEn', { number })} value={document.label.en} onChange={(event) => setAt(index, { label: { ...document.label, en: event.currentTarget.value } })} error={at('label.en')} />
                </SimpleGrid>
                <Group align="flex-end" gap="lg" wrap="wrap">
                  <VocabularyCheckboxes label={t('admin.editor.documents.formats', { number })} family="documentFormats" options={DOCUMENT_FORMATS} value={document.formats} onChange={(formats) => setAt(index, { formats })} error={at('formats')} />
                  <NumberInput label={t('admin.editor.documents.maxMegabytes', { number })} value={document.maxMegabytes} onChange={(value) => setAt(index, { maxMegabytes: typeof value === 'number' ? value : 0 })} min={1} max={20} allowDecimal={false} w={200} error={at('maxMegabytes')} />
                  <Checkbox label={t('admin.editor.documents.optional', { number })} checked={document.optional} onChange={(event) => setAt(index, { optional: event.currentTarget.checked })} />
                  <Button variant="subtle" color="red.9" c="red.9" onClick={() => change({ requiredDocuments: documents.filter((_, i) => i !== index) })} aria-label={t('admin.editor.documents.remove', { number })}>
                    {t('admin.editor.remove')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button variant="default" disabled={documents.length >= MAX_DOCUMENTS} onClick={() => change({ requiredDocuments: [...documents, newDocument(documents)] })}>
            {t('admin.editor.documents.add')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
