import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection, type SectionProps } from './form-section';

/** Dates (Paris time), place and online link. */
export function PlaceFields({ values, change, errorOf }: SectionProps) {
  const { t } = useTranslation('events');
  return (
    <FormSection legend={t('form.whenWhere')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="datetime-local" label={t('form.startsAt')} description={t('form.parisTime')} required value={values.startsAt} onChange={(e) => change({ startsAt: e.currentTarget.value })} error={errorOf('startsAt')} />
          <TextInput type="datetime-local" label={t('form.endsAt')} description={t('form.parisTime')} required value={values.endsAt} onChange={(e) => change({ endsAt: e.currentTarget.value })} error={errorOf('endsAt')} />
        </SimpleGrid>
        {values.format !== 'online' ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('form.communeName')} value={values.communeName} onChange={(e) => change({ communeName: e.currentTarget.value })} error={errorOf('communeName')} />
              <TextInput label={t('form.address')} autoComplete="street-address" value={values.address} onChange={(e) => change({ address: e.currentTarget.value })} error={errorOf('address')} />
            </SimpleGrid>
            <Textarea label={t('form.accessHints')} description={t('form.accessHintsHelp')} autosize minRows={2} value={values.accessHints} onChange={(e) => change({ accessHints: e.currentTarget.value })} error={errorOf('accessHints')} />
          </>
        ) : null}
        {values.format !== 'in-person' ? (
          <TextInput type="url" label={t('form.onlineUrl')} description={t('form.onlineUrlHelp')} value={values.onlineUrl} onChange={(e) => change({ onlineUrl: e.currentTarget.value })} error={errorOf('onlineUrl')} />
        ) : null}
      </Stack>
    </FormSection>
  );
}
