import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactDraft } from './contact-form';

interface ContactFieldsProps {
  value: ContactDraft;
  onChange: (next: ContactDraft) => void;
  errorOf?: (field: keyof ContactDraft) => string | undefined;
  idPrefix?: string;
  disabled?: boolean;
}

/** Who the candidate is and how to reach them. */
export function ContactFields({ value, onChange, errorOf = () => undefined, idPrefix = 'contact', disabled }: ContactFieldsProps) {
  const { t } = useTranslation('incentives');
  const field = (key: keyof ContactDraft) => ({
    id: `${idPrefix}-${key}`,
    value: value[key],
    onChange: (event: { currentTarget: { value: string } }) => onChange({ ...value, [key]: event.currentTarget.value }),
    error: errorOf(key),
  });
  return (
    <Fieldset legend={t('portal.contact.legend')} disabled={disabled}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('portal.contact.firstName')} required autoComplete="given-name" {...field('firstName')} />
        <TextInput label={t('portal.contact.lastName')} required autoComplete="family-name" {...field('lastName')} />
        <TextInput label={t('portal.contact.email')} required type="email" autoComplete="email" {...field('email')} />
        <TextInput label={t('portal.contact.phone')} type="tel" autoComplete="tel" {...field('phone')} />
        <TextInput label={t('portal.contact.birthDate')} description={t('portal.contact.birthDateHelp')} type="date" autoComplete="bday" {...field('birthDate')} />
      </SimpleGrid>
    </Fieldset>
  );
}
