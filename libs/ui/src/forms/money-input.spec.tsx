import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithUi } from '../testing/render-with-ui';
import { MoneyInput } from './money-input';

/** A form that owns the amount, as the modules' forms do. */
function Form({ initial, onChange }: { initial: number | null; onChange: (cents: number | null) => void }) {
  const [cents, setCents] = useState(initial);
  return (
    <>
      <MoneyInput
        label="Montant"
        value={cents}
        onChange={(next) => {
          setCents(next);
          onChange(next);
        }}
      />
      <button type="button" onClick={() => setCents(99_900)}>
        Reprendre le plafond
      </button>
    </>
  );
}

describe('MoneyInput', () => {
  it('shows integer cents in euros the French way', () => {
    renderWithUi(<Form initial={1_250_050} onChange={vi.fn()} />);
    expect(screen.getByLabelText('Montant')).toHaveValue('12 500,5 €');
  });

  it('hands over what is typed as integer cents, and null once emptied', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithUi(<Form initial={null} onChange={onChange} />);
    const input = screen.getByLabelText('Montant');
    await user.type(input, '12500,55');
    expect(onChange).toHaveBeenLastCalledWith(1_250_055);
    expect(input).toHaveValue('12 500,55 €');
    await user.clear(input);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(input).toHaveValue('');
  });

  it('keeps a decimal comma being typed, until the amount is complete', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithUi(<Form initial={null} onChange={onChange} />);
    const input = screen.getByLabelText('Montant');
    await user.type(input, '40,');
    expect(input).toHaveValue('40, €');
    await user.type(input, '5');
    expect(input).toHaveValue('40,5 €');
    expect(onChange).toHaveBeenLastCalledWith(4_050);
  });

  it('shows an amount changed from outside', async () => {
    const user = userEvent.setup();
    renderWithUi(<Form initial={null} onChange={vi.fn()} />);
    await user.type(screen.getByLabelText('Montant'), '10');
    await user.click(screen.getByRole('button', { name: 'Reprendre le plafond' }));
    expect(screen.getByLabelText('Montant')).toHaveValue('999 €');
  });
});
