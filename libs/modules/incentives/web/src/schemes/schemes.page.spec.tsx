import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN, OTHER_SCHEME_ID, plain, READER, schemeRow, staff } from '../admin-common/testing';
import { renderPage } from '../testing/render-page';
import { SchemesPage } from './schemes.page';

const PATH = { path: '/t/:tenant/admin/incentives', url: '/t/meuse/admin/incentives' };

const rows = [
  schemeRow({ hasUnpublishedChanges: true, applicationCount: 12 }),
  schemeRow({ id: OTHER_SCHEME_ID, slug: 'bourse-etudes', status: 'draft', name: { fr: "Bourse d'études (fictive)", en: '' }, kind: 'study-grant', publishedVersion: null, hasUnpublishedChanges: true }),
];

describe('schemes list', () => {
  it('shows each scheme with its state in words, its published version, pending changes and applications', async () => {
    renderPage(<SchemesPage />, { 'auth.me': () => staff(ADMIN), 'incentives.schemes': () => rows }, PATH);
    const published = await screen.findByRole('row', { name: /Aide à l'installation/ });
    expect(within(published).getByRole('link', { name: "Aide à l'installation (fictive)" })).toHaveAttribute('href', `/t/meuse/admin/incentives/schemes/${rows[0]!.id}`);
    expect(published).toHaveTextContent("Aide à l'installation");
    expect(published).toHaveTextContent('Publié');
    expect(published).toHaveTextContent('Modifications non publiées');
    expect(within(published).getByRole('link', { name: /12 candidatures/ })).toHaveAttribute('href', `/t/meuse/admin/incentives/applications?scheme=${rows[0]!.id}`);
    expect(plain(published.textContent)).toContain('02/11/2026 11:30');
    const draft = screen.getByRole('row', { name: /Bourse d'études/ });
    expect(draft).toHaveTextContent('Brouillon');
    expect(draft).not.toHaveTextContent('Modifications non publiées');
    expect(screen.getByRole('navigation', { name: 'Pages des aides' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dispositifs' })).toHaveAttribute('aria-current', 'page');
  });

  it('asks the API for one state when the filter is set', async () => {
    const { calls } = renderPage(<SchemesPage />, { 'auth.me': () => staff(ADMIN), 'incentives.schemes': (input) => ((input as { status?: string }).status === 'draft' ? [rows[1]] : rows) }, PATH);
    await screen.findByRole('row', { name: /Aide à l'installation/ });
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'État' }), 'draft');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Aide à l'installation/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /Bourse d'études/ })).toBeInTheDocument();
    expect(calls.filter((call) => call.path === 'incentives.schemes').map((call) => call.input)).toContainEqual({ status: 'draft' });
  });

  it('creates a scheme from a name, a kind and an amount typed in euros, then opens it', async () => {
    const created: unknown[] = [];
    renderPage(
      <SchemesPage />,
      {
        'auth.me': () => staff(ADMIN),
        'incentives.schemes': () => [],
        'incentives.createScheme': (input) => {
          created.push(input);
          return { id: OTHER_SCHEME_ID, rowVersion: 1 };
        },
      },
      PATH,
    );
    const user = userEvent.setup();
    const form = await screen.findByRole('region', { name: 'Nouveau dispositif' });
    await user.click(within(form).getByRole('button', { name: 'Créer le dispositif' }));
    expect(await within(form).findByText('Certains champs sont à corriger.')).toBeInTheDocument();
    expect(created).toEqual([]);

    await user.type(within(form).getByRole('textbox', { name: /Nom du dispositif/ }), 'Bourse des internes – Médecine');
    expect(within(form).getByRole('textbox', { name: /Adresse sur le portail/ })).toHaveValue('bourse-des-internes-medecine');
    await user.selectOptions(within(form).getByRole('combobox', { name: "Type d'aide" }), 'study-grant');
    await user.type(within(form).getByRole('textbox', { name: /Montant de l'aide/ }), '1500,50');
    await user.click(within(form).getByRole('button', { name: 'Créer le dispositif' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ slug: 'bourse-des-internes-medecine', content: { name: { fr: 'Bourse des internes – Médecine' }, kind: 'study-grant', amount: { mode: 'one-off', amountCents: 150_050 } } });
    expect(await screen.findByText('Autre page')).toBeInTheDocument();
  });

  it('offers no creation to those who only read', async () => {
    renderPage(<SchemesPage />, { 'auth.me': () => staff(READER), 'incentives.schemes': () => rows }, PATH);
    await screen.findByRole('row', { name: /Aide à l'installation/ });
    expect(screen.queryByRole('region', { name: 'Nouveau dispositif' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Candidatures' })).not.toBeInTheDocument();
  });
});
