import { useState } from 'react';
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NATIONAL_SCHEMES, SCHEME_KINDS, STATUSES, type NationalScheme, type SchemeKind } from '@ancrage/incentives-domain';
import { FormSection } from '../../admin-common/form-section';
import { VocabularyCheckboxes } from '../../admin-common/vocabulary-checkboxes';
import type { SectionProps } from './section-props';

/** Kind, audiences, funders, instructing partner and the national scheme it varies. */
export function GeneralSection({ content, change, errorOf }: SectionProps) {
  const { t } = useTranslation('incentives');
  // Typed as lines; empty lines are dropped from the list but kept while typing.
  const [fundersText, setFundersText] = useState(content.funders.join('\n'));
  return (
    <FormSection title={t('admin.editor.general.title')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('admin.editor.general.kind')} value={content.kind} onChange={(event) => change({ kind: event.currentTarget.value as SchemeKind })} data={SCHEME_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
          <NativeSelect
            label={t('admin.editor.general.nationalBase')}
            description={t('admin.editor.general.nationalBaseHelp')}
            value={content.nationalBase ?? ''}
            onChange={(event) => change({ nationalBase: (event.currentTarget.value || null) as NationalScheme | null })}
            data={[{ value: '', label: t('admin.editor.general.noNationalBase') }, ...NATIONAL_SCHEMES.map((code) => ({ value: code, label: t(`nationalSchemes.${code}`) }))]}
          />
        </SimpleGrid>
        <VocabularyCheckboxes label={t('admin.editor.general.audiences')} description={t('admin.editor.general.audiencesHelp')} family="statuses" options={STATUSES} value={content.audiences} onChange={(audiences) => change({ audiences })} error={errorOf('audiences')} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('admin.editor.general.funders')}
            description={t('admin.editor.general.fundersHelp')}
            value={fundersText}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setFundersText(text);
              change({ funders: text.split('\n').map((line) => line.trim()).filter(Boolean) });
            }}
            autosize
            minRows={2}
            error={errorOf('funders')}
          />
          <TextInput label={t('admin.editor.general.instructingPartner')} description={t('admin.editor.general.instructingPartnerHelp')} value={content.instructingPartner} onChange={(event) => change({ instructingPartner: event.currentTarget.value })} maxLength={160} error={errorOf('instructingPartner')} />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
