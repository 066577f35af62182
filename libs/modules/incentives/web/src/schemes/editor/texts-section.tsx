import { Stack, Tabs, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Localised } from '@ancrage/incentives-domain';
import { FormSection } from '../../admin-common/form-section';
import { ReadOnlyUnless } from './read-only';
import type { SectionProps } from './section-props';

const LANGUAGES = ['fr', 'en'] as const;

/** Name, summary and description, written in French and (optionally) in English. */
export function TextsSection({ content, change, errorOf, editable }: SectionProps & { editable: boolean }) {
  const { t } = useTranslation('incentives');
  const set = (field: 'name' | 'summary' | 'description', language: keyof Localised, value: string) => change({ [field]: { ...content[field], [language]: value } });
  return (
    <FormSection title={t('admin.editor.texts.title')}>
      <Tabs defaultValue="fr">
        <Tabs.List aria-label={t('admin.editor.texts.languages')}>
          {LANGUAGES.map((language) => (
            <Tabs.Tab key={language} value={language}>
              {t(`admin.editor.texts.language.${language}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {LANGUAGES.map((language) => (
          <Tabs.Panel key={language} value={language} pt="md">
            <ReadOnlyUnless allowed={editable}>
              <Stack gap="sm">
                <TextInput label={t(`admin.editor.texts.name.${language}`)} value={content.name[language]} onChange={(event) => set('name', language, event.currentTarget.value)} required={language === 'fr'} maxLength={160} error={errorOf(`name.${language}`)} />
                <Textarea label={t(`admin.editor.texts.summary.${language}`)} description={t('admin.editor.texts.summaryHelp')} value={content.summary[language]} onChange={(event) => set('summary', language, event.currentTarget.value)} maxLength={300} autosize minRows={2} error={errorOf(`summary.${language}`)} />
                <Textarea label={t(`admin.editor.texts.description.${language}`)} value={content.description[language]} onChange={(event) => set('description', language, event.currentTarget.value)} maxLength={8000} autosize minRows={5} error={errorOf(`description.${language}`)} />
              </Stack>
            </ReadOnlyUnless>
          </Tabs.Panel>
        ))}
      </Tabs>
    </FormSection>
  );
}
