import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Audience } from '@ancrage/events-domain';

interface AudienceCheckboxesProps {
  label: string;
  options: readonly Audience[];
  value: Audience[];
  onChange: (value: Audience[]) => void;
  error?: string | undefined;
  required?: boolean;
}

export function AudienceCheckboxes({ label, options, value, onChange, error, required }: AudienceCheckboxesProps) {
  const { t } = useTranslation('events');
  return (
    <Checkbox.Group label={label} value={value} onChange={(selected) => onChange(selected as Audience[])} error={error} required={required}>
      <Group gap="md" mt={4}>
        {options.map((audience) => (
          <Checkbox key={audience} value={audience} label={t(`audiences.${audience}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
