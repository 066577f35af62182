import { useState } from 'react';
import { NumberInput } from '@mantine/core';

export interface MoneyInputProps {
  label: string;
  /** Integer cents (null: empty). */
  value: number | null;
  onChange: (cents: number | null) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
  w?: number | string;
}

/**
 * An amount in euros typed the French way ("12 500,50"), handed over as
 * integer cents. What is being typed ("12 500,") stays as typed until it is a
 * number; a value changed from outside (a row removed above) is shown as it is.
 */
export function MoneyInput({ label, value, onChange, error, required, description, w }: MoneyInputProps) {
  const [typed, setTyped] = useState<string | number>(value === null ? '' : value / 100);
  const typedCents = typeof typed === 'number' ? Math.round(typed * 100) : null;
  const shown = typedCents === value ? typed : value === null ? (typeof typed === 'string' ? typed : '') : value / 100;
  return (
    <NumberInput
      label={label}
      description={description}
      value={shown}
      onChange={(next) => {
        setTyped(next);
        onChange(typeof next === 'number' ? Math.round(next * 100) : null);
      }}
      decimalScale={2}
      decimalSeparator=","
      thousandSeparator=" "
      min={0}
      suffix=" €"
      hideControls
      error={error}
      required={required}
      w={w}
    />
  );
}
