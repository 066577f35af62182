import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MANAGE, officer, plain, renderPage } from '../testing/render-page';
import { FinancePage } from './finance.page';

const year = new Date().getFullYear();
const CALL_ID = '00000000-0000-4000-8000-0000000000c1';
const finances = {
  year,
  members: [{ id: 'dep', name: 'Département (fictif)', kind: 'departement', sector: 'public', observer: false, contributionMode: 'share', contributionShareBp: 4000, contributionFixedCents: 0, contributionKind: 'cash' }],
  balances: [{ memberId: 'dep', name: 'Département (fictif)', sector: 'public', inKindCents: 0, dueCents: 34_000_001, calledCents: 17_000_000, paidCents: 12_000_000, outstandingCents: 5_000_000, toCallCents: 17_000_001, overpaidCents: 0 }],
  totals: { dueCents: 34_000_001, inKindCents: 6_000_000, calledCents: 17_000_000, paidCents: 12_000_000, outstandingCents: 5_000_000 },
  contributions: [],
  calls: [{ id: CALL_ID, memberId: 'dep', label: 'Appel n° 1 (fictif)', amountCents: 17_000_000, issuedOn: `${year}-02-15`, dueOn: `${year}-03-31`, memberName: 'Département (fictif)', paidCents: 12_000_000, outstandingCents: 5_000_000 }],
  payments: [],
  centres: [{ id: 'cs', name: 'Centre (fictif)' }],
  budgetLines: [],
};

describe('contributions and budget', () => {
  it('shows totals and balances in euros, French format, to the cent', async () => {
    renderPage(<FinancePage />, { 'auth.me': () => officer(MANAGE), 'centre-governance.gips': () => [{ id: 'gip', name: 'GIP' }], 'centre-governance.gip': () => ({ id: 'gip' }), 'centre-governance.finances': () => finances });
    const figures = await screen.findByRole('region', { name: `Chiffres clés ${year}` });
    expect(plain(figures.textContent)).toContain('340 000,01 €contributions en numéraire dues');
    const row = screen.getByRole('row', { name: /Département/ });
    expect(plain(row.textContent)).toBe('Département (fictif)340 000,01 €0,00 €170 000,00 €120 000,00 €50 000,00 €170 000,01 €');
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
  });

  it('records a payment typed in euros as integer cents', async () => {
    const { calls } = renderPage(<FinancePage />, {
      'auth.me': () => officer(MANAGE),
      'centre-governance.gips': () => [{ id: 'gip', name: 'GIP' }],
      'centre-governance.gip': () => ({ id: 'gip' }),
      'centre-governance.finances': () => finances,
      'centre-governance.recordPayment': () => ({ id: 'p1' }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Appels de fonds et versements' }));
    const form = screen.getByRole('region', { name: 'Enregistrer un versement' });
    expect(plain(form.textContent)).toContain('Reste à recevoir : 50 000,00 €');
    await user.type(within(form).getByRole('textbox', { name: /Montant/ }), '50000,01');
    await user.type(within(form).getByLabelText(/Reçu le/), `${year}-03-20`);
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le versement' }));
    await waitFor(() => expect(calls.find((call) => call.path === 'centre-governance.recordPayment')?.input).toMatchObject({ callId: CALL_ID, amountCents: 5_000_001, receivedOn: `${year}-03-20`, note: '' }));
  });
});
