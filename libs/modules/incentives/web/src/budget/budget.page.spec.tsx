import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, OTHER_SCHEME_ID, plain, READER, SCHEME_ID, staff } from '../admin-common/testing';
import { renderPage, type FakeAnswers } from '../testing/render-page';
import { BudgetPage } from './budget.page';

const PATH = { path: '/t/:tenant/admin/incentives/budget', url: '/t/meuse/admin/incentives/budget' };
const year = new Date().getFullYear();

const budget = (forYear: number) => ({
  year: forYear,
  rows: [
    {
      schemeId: SCHEME_ID,
      slug: 'aide-installation',
      status: 'published',
      name: { fr: "Aide à l'installation (fictive)", en: '' },
      kind: 'installation-aid',
      envelopeSource: 'year',
      envelopeCents: 10_000_000,
      committedCents: 12_000_050,
      paidCents: 4_000_000,
      remainingToPayCents: 8_000_050,
      availableCents: -2_000_050,
      beneficiaries: 12,
      maxBeneficiaries: 15,
    },
    {
      schemeId: OTHER_SCHEME_ID,
      slug: 'bourse-etudes',
      status: 'published',
      name: { fr: "Bourse d'études (fictive)", en: '' },
      kind: 'study-grant',
      envelopeSource: null,
      envelopeCents: null,
      committedCents: 3_600_000,
      paidCents: 1_200_000,
      remainingToPayCents: 2_400_000,
      availableCents: null,
      beneficiaries: 6,
      maxBeneficiaries: null,
    },
  ],
  totals: { envelopeCents: 10_000_000, committedCents: 15_600_050, paidCents: 5_200_000, remainingToPayCents: 10_400_050, availableCents: -2_000_050, beneficiaries: 18, schemesWithoutEnvelope: 1 },
});

const answers = (permissions: readonly string[], more: FakeAnswers = {}): FakeAnswers => ({
  'auth.me': () => staff(permissions),
  'incentives.budget': (input) => budget((input as { year: number }).year),
  ...more,
});

afterEach(() => vi.restoreAllMocks());

describe('budget of the schemes', () => {
  it('shows key figures, each scheme and the totals in euros, an overrun in words', async () => {
    renderPage(<BudgetPage />, answers(READER), PATH);
    const figures = await screen.findByRole('region', { name: `Chiffres clés ${year}` });
    expect(plain(figures.textContent)).toContain('156 000,50 €engagés');
    expect(plain(figures.textContent)).toContain('104 000,50 €restant à verser');
    expect(plain(figures.textContent)).toContain('Dépassement de 20 000,50 €disponibles');
    const installation = screen.getByRole('row', { name: /Aide à l'installation/ });
    expect(plain(installation.textContent)).toBe("Aide à l'installation (fictive)Aide à l'installation100 000,00 €fixée pour l'année120 000,50 €40 000,00 €80 000,50 €Dépassement de 20 000,50 €12 sur 15");
    expect(plain(screen.getByRole('row', { name: /Bourse/ }).textContent)).toContain('Sans enveloppe');
    expect(plain(screen.getByRole('row', { name: /^Total/ }).textContent)).toBe('Total100 000,00 €156 000,50 €52 000,00 €104 000,50 €Dépassement de 20 000,50 €18');
    expect(screen.getByText(/1 dispositif n'a pas d'enveloppe/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Modifier l'enveloppe/ })).not.toBeInTheDocument();
  });

  it('exports the rows and the totals with amounts as numbers of euros', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    let lastBlob = new Blob();
    URL.createObjectURL = vi.fn((blob: Blob) => {
      lastBlob = blob;
      return 'blob:budget';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: lastBlob });
    });
    renderPage(<BudgetPage />, answers(READER), PATH);
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: 'Exporter en XLSX' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(saved[0]?.name).toBe(`budget-aides-meuse-${year}.csv`);
    const lines = new TextDecoder().decode(new Uint8Array(await saved[0]!.blob.arrayBuffer()).slice(3)).split('\r\n');
    expect(lines[0]).toBe("Dispositif;Type d'aide;Enveloppe (€);Engagé (€);Versé (€);Reste à verser (€);Disponible (€);Bénéficiaires;Bénéficiaires (maximum)");
    expect(lines[1]).toBe("Aide à l'installation (fictive);Aide à l'installation;100000;120000,5;40000;80000,5;-20000,5;12;15");
    expect(lines[3]).toBe('Total;;100000;156000,5;52000;104000,5;-20000,5;18;');
  });

  it('asks for another year, and lets managers set a scheme’s envelope for the year in euros', async () => {
    const set: unknown[] = [];
    const { calls } = renderPage(
      <BudgetPage />,
      answers(ADMIN, {
        'incentives.setEnvelope': (input) => {
          set.push(input);
          return input;
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    await screen.findByRole('region', { name: `Chiffres clés ${year}` });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Année' }), String(year - 1));
    expect(await screen.findByRole('region', { name: `Chiffres clés ${year - 1}` })).toBeInTheDocument();
    expect(calls.filter((call) => call.path === 'incentives.budget').map((call) => call.input)).toEqual([{ year }, { year: year - 1 }]);

    await user.click(screen.getByRole('button', { name: "Modifier l'enveloppe de Aide à l'installation (fictive)" }));
    const dialog = await screen.findByRole('dialog', { name: `Enveloppe ${year - 1} — Aide à l'installation (fictive)` });
    const amount = within(dialog).getByRole('textbox', { name: /Enveloppe pour/ });
    await user.clear(amount);
    await user.type(amount, '125000,75');
    await user.click(within(dialog).getByRole('button', { name: "Enregistrer l'enveloppe" }));
    await waitFor(() => expect(set).toEqual([{ schemeId: SCHEME_ID, year: year - 1, envelopeCents: 12_500_075 }]));
  });
});
