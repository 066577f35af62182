import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { plain } from '@ancrage/ui/testing';
import { renderPage } from '../testing/render-page';
import { PortalSchemesPage } from './portal-schemes.page';
import { me, portalSchemes } from './portal.fixtures';

const path = '/t/:tenant/incentives';

describe('the catalogue of schemes', () => {
  it('shows each published scheme with its audiences, amount, commitment and deadline, and leads to the simulator', async () => {
    renderPage(<PortalSchemesPage />, { 'auth.me': () => null, 'incentives.portalSchemes': () => portalSchemes }, { path, url: '/t/meuse/incentives' });
    expect(screen.getByRole('link', { name: 'Lancer le simulateur' })).toHaveAttribute('href', '/t/meuse/incentives/simulator');
    const grant = await screen.findByRole('article', { name: "Bourse d'études contre engagement (fictive)" });
    expect(within(grant).getByRole('link', { name: "Bourse d'études contre engagement (fictive)" })).toHaveAttribute('href', '/t/meuse/incentives/schemes/bourse-internes');
    expect(within(grant).getByRole('group', { name: 'Publics visés' })).toHaveTextContent('InterneDocteur junior');
    expect(plain(grant.textContent)).toContain('Montant : 600,00 € par mois pendant 12 mois');
    expect(grant).toHaveTextContent('Contrepartie : Exercer 5 ans dans le département en exercice libéral.');
    expect(grant).toHaveTextContent("Ouvert jusqu'au 30 juin 2099");
    const housing = screen.getByRole('article', { name: 'Hébergement des internes (fictif)' });
    expect(housing).toHaveTextContent("Aucun engagement d'exercice n'est demandé.");
    expect(housing).toHaveTextContent("Ouvert toute l'année");
    expect(screen.queryByRole('link', { name: 'Mes demandes' })).not.toBeInTheDocument();
  });

  it('filters by audience and kind, in the address', async () => {
    const user = userEvent.setup();
    renderPage(<PortalSchemesPage />, { 'auth.me': () => me, 'incentives.portalSchemes': () => portalSchemes }, { path, url: '/t/meuse/incentives?kind=housing' });
    expect(await screen.findByText('1 aide')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Mes demandes' })).toHaveAttribute('href', '/t/meuse/incentives/my-applications');
    expect(screen.getByRole('combobox', { name: "Type d'aide" })).toHaveValue('housing');
    expect(screen.queryByRole('article', { name: "Bourse d'études contre engagement (fictive)" })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: "Type d'aide" }), 'Tous les types');
    expect(screen.getByText('2 aides')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Public' }), 'Docteur junior');
    expect(screen.getAllByRole('article').map((card) => card.getAttribute('aria-labelledby'))).toEqual(['scheme-bourse-internes']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Public' }), 'Étudiant');
    expect(screen.getByText('Aucune aide ne correspond à ces filtres.')).toBeInTheDocument();
  });
});
