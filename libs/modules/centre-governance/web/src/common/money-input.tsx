import { useState } from 'react';
import { NumberInput } from '@mantine/core';

interface MoneyInputProps {
  label: string;
  /** Integer cents (null: empty). */
  value: number | null;
  onChange: (cents: number | null) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
}

/**
 * An amount in euros typed the French way ("12 500,50"), handed over as
 * integer cents. What is being typed ("12 500,") stays as typed until it is a number.
 */
export function MoneyInput({ label, value, onChange, error, required, description }: MoneyInputProps) {
  const [typed, setTyped] = useState<string | number>(value === null ? '' : value / 100);
  const shown = typeof typed === 'number' && value === null ? '' : typed;
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
    />
  );
}
