import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { incentivesModule } from '@ancrage/incentives-domain';
import { plain, renderModulePage } from '@ancrage/ui/testing';
import { renderPage } from '../testing/render-page';
import { PortalSchemePage } from './portal-scheme.page';
import { me, portalScheme } from './portal.fixtures';

const at = { path: '/t/:tenant/incentives/schemes/:slug', url: '/t/meuse/incentives/schemes/bourse-internes' };

describe("a scheme's public page", () => {
  it('says in plain words who it is for, how much, against what commitment, when and with which documents', async () => {
    renderPage(<PortalSchemePage />, { 'auth.me': () => null, 'incentives.portalScheme': () => portalScheme }, at);
    expect(await screen.findByRole('heading', { level: 1, name: "Bourse d'études contre engagement (fictive)" })).toBeInTheDocument();
    const who = screen.getByRole('region', { name: 'Pour qui ?' });
    expect(within(who).getByRole('list', { name: "Conditions d'attribution" })).toHaveTextContent('Profession : Médecin');
    expect(who).toHaveTextContent("Durée d'engagement : au moins 5 ans");
    expect(who).toHaveTextContent("Non cumulable avec : Contrat d'engagement de service public (CESP)");
    expect(plain(screen.getByRole('region', { name: 'Montant' }).textContent)).toContain('600,00 € par mois pendant 12 mois');
    const commitment = screen.getByRole('region', { name: 'Engagement' });
    expect(commitment).toHaveTextContent('Exercer 5 ans dans le département en exercice libéral.');
    expect(commitment).toHaveTextContent("l'aide est à rembourser au prorata de la durée non effectuée");
    expect(screen.getByRole('region', { name: 'Calendrier' })).toHaveTextContent('Candidatures du 1 janvier 2020 au 30 juin 2099.');
    expect(screen.getByRole('region', { name: 'Pièces à fournir' })).toHaveTextContent('Certificat de scolarité (PDF, 2 Mo au plus)');
    expect(screen.getByRole('region', { name: 'Financeurs' })).toHaveTextContent('Financé par : Département (fictif).');
  });

  it('sends anonymous visitors through sign-in to the apply page, and signed-in ones straight there', async () => {
    const { unmount } = renderPage(<PortalSchemePage />, { 'auth.me': () => null, 'incentives.portalScheme': () => portalScheme }, at);
    const [apply] = await screen.findAllByRole('link', { name: 'Déposer une demande' });
    expect(apply).toHaveAttribute('href', `/t/meuse/login?next=${encodeURIComponent('/t/meuse/incentives/apply/bourse-internes')}`);
    expect(await screen.findAllByRole('link', { name: 'Créer un compte' })).not.toHaveLength(0);
    expect(screen.getAllByRole('link', { name: 'Vérifier mon éligibilité' })[0]).toHaveAttribute('href', '/t/meuse/incentives/simulator');
    unmount();

    renderPage(<PortalSchemePage />, { 'auth.me': () => me, 'incentives.portalScheme': () => portalScheme }, at);
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Déposer une demande' })[0]).toHaveAttribute('href', '/t/meuse/incentives/apply/bourse-internes'));
    expect(screen.queryByRole('link', { name: 'Créer un compte' })).not.toBeInTheDocument();
  });

  it('shows the English text on English pages, and the French one where no translation was written', async () => {
    renderModulePage(<PortalSchemePage />, { 'auth.me': () => null, 'incentives.portalScheme': () => portalScheme }, { module: incentivesModule, ...at, locale: 'en' });
    // The name has an English version; the description does not.
    expect(await screen.findByRole('heading', { level: 1, name: 'Study grant against a commitment (fictitious)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'About this aid' })).toHaveTextContent("Une bourse mensuelle pendant l'internat.");
    expect(plain(screen.getByRole('region', { name: 'Amount' }).textContent)).toContain('€600.00 a month for 12 months');
    expect(screen.getByRole('region', { name: 'Documents to provide' })).toHaveTextContent('Certificate of enrolment');
  });
});
