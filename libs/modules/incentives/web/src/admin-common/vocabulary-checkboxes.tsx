import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface VocabularyCheckboxesProps<T extends string> {
  label: string;
  /** The i18n key family of the values (`statuses`, `professions`…). */
  family: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
}

const labelKey = (family: string, value: string): string => `${family}.${value}`;

/** Several words of the module's vocabulary, chosen with labelled checkboxes (a fieldset). */
export function VocabularyCheckboxes<T extends string>({ label, family, options, value, onChange, error, required, description }: VocabularyCheckboxesProps<T>) {
  const { t } = useTranslation('incentives');
  return (
    <Checkbox.Group label={label} description={description} value={[...value]} onChange={(selected) => onChange(options.filter((option) => selected.includes(option)))} error={error} required={required}>
      <Group gap="md" mt={4}>
        {options.map((option) => (
          <Checkbox key={option} value={option} label={t(labelKey(family, option))} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
