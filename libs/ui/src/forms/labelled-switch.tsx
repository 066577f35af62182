import { useId } from 'react';
import { Stack, Switch, Text } from '@mantine/core';

interface LabelledSwitchProps {
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/**
 * A switch whose accessible name is its label alone; the help text is linked
 * as its description (Mantine would otherwise put it inside the label).
 */
export function LabelledSwitch({ label, description, error, checked, onChange, disabled }: LabelledSwitchProps) {
  const id = useId();
  const describedBy = [description ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <Stack gap={4}>
      <Switch
        label={label}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      {description ? (
        <Text id={`${id}-help`} size="sm" c="dimmed">
          {description}
        </Text>
      ) : null}
      {error ? (
        <Text id={`${id}-error`} size="sm" c="red.9">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
