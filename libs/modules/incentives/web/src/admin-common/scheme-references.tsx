import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NATIONAL_SCHEMES, type SchemeReference } from '@ancrage/incentives-domain';
import { useLocale } from '@ancrage/ui';
import { inLocale } from './localised';
import type { LocalSchemeChoice } from './territory-choices';

/** The words of a scheme reference: the local scheme's name, or the national scheme's label. */
export function useSchemeReferenceLabel(localSchemes: readonly LocalSchemeChoice[]) {
  const { t } = useTranslation('incentives');
  const locale = useLocale();
  return (reference: string) => {
    if (reference.startsWith('national:')) return t(`nationalSchemes.${reference.slice('national:'.length)}`);
    const scheme = localSchemes.find((choice) => `local:${choice.id}` === reference);
    return scheme ? inLocale(scheme.name, locale) : t('admin.references.unknownLocal');
  };
}

interface SchemeReferencesPickerProps {
  label: string;
  description?: string;
  /** Other local schemes of the tenant (never the one being edited). */
  localSchemes: readonly LocalSchemeChoice[];
  value: readonly SchemeReference[];
  onChange: (value: SchemeReference[]) => void;
  error?: string | undefined;
}

/** Local and national schemes, as checkboxes; references no longer offered (a deleted scheme) stay listed so they can be unticked. */
export function SchemeReferencesPicker({ label, description, localSchemes, value, onChange, error }: SchemeReferencesPickerProps) {
  const { t } = useTranslation('incentives');
  const labelOf = useSchemeReferenceLabel(localSchemes);
  const local = localSchemes.map((scheme) => `local:${scheme.id}` as SchemeReference);
  const national = NATIONAL_SCHEMES.map((code) => `national:${code}` as SchemeReference);
  const offered = new Set<string>([...local, ...national]);
  const stale = value.filter((reference) => !offered.has(reference));
  return (
    <Checkbox.Group label={label} description={description} value={[...value]} onChange={(selected) => onChange(selected as SchemeReference[])} error={error}>
      <Stack gap="xs" mt={4}>
        <Text size="sm" fw={600}>
          {t('admin.references.local')}
        </Text>
        {local.length === 0 ? <Text size="sm">{t('admin.references.noLocal')}</Text> : null}
        <Group gap="md">
          {[...local, ...stale].map((reference) => (
            <Checkbox key={reference} value={reference} label={labelOf(reference)} />
          ))}
        </Group>
        <Text size="sm" fw={600}>
          {t('admin.references.national')}
        </Text>
        <Group gap="md">
          {national.map((reference) => (
            <Checkbox key={reference} value={reference} label={labelOf(reference)} />
          ))}
        </Group>
      </Stack>
    </Checkbox.Group>
  );
}
