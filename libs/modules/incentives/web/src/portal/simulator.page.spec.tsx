import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { profileInput } from '@ancrage/incentives-domain';
import { plain } from '@ancrage/ui/testing';
import { renderPage, type FakeAnswers } from '../testing/render-page';
import { portalSchemes, simulation } from './portal.fixtures';
import { SimulatorPage } from './simulator.page';

const path = '/t/:tenant/incentives/simulator';

function answers(sent: unknown[], communeSearches: string[] = []): FakeAnswers {
  return {
    'incentives.portalSchemes': () => portalSchemes,
    'incentives.simulate': (input) => {
      sent.push(input);
      return simulation(profileInput.parse((input as { profile: unknown }).profile));
    },
    'incentives.portalCommunes': (input) => {
      const search = (input as { search: string }).search;
      communeSearches.push(search);
      return [{ code: '55545', name: 'Verdun', postalCodes: ['55100'] }].filter((commune) => commune.name.startsWith(search) || commune.code.startsWith(search));
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('the simulator', () => {
  it('sends the situation and shows the schemes it qualifies for, then the others with the reason of each', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderPage(<SimulatorPage />, answers(sent), { path, url: '/t/meuse/incentives/simulator' });
    await user.selectOptions(screen.getByRole('combobox', { name: /Vous êtes/ }), 'Interne');
    await user.selectOptions(screen.getByRole('combobox', { name: /Profession/ }), 'Médecin');
    await user.selectOptions(screen.getByRole('combobox', { name: /Spécialité/ }), 'Médecine générale');
    await user.type(screen.getByRole('textbox', { name: /Années d'engagement acceptées/ }), '5');
    await user.click(screen.getByRole('button', { name: 'Voir mes aides' }));

    await waitFor(() => expect(sent).toEqual([{ profile: { status: 'interne', profession: 'medecin', specialty: 'medecine-generale', commitmentYearsAccepted: 5, receiving: [] } }]));
    const eligible = await screen.findByRole('region', { name: '1 aide possible pour vous' });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Résultat de la simulation' })).toHaveFocus());
    const grant = within(eligible).getByRole('article', { name: "Bourse d'études contre engagement (fictive)" });
    expect(plain(grant.textContent)).toContain('Montant : 7 200,00 € en 12 versements');
    expect(plain(grant.textContent)).toContain('12 versements de 600,00 €, chaque mois');
    expect(grant).toHaveTextContent('Exercer 5 ans dans le département en exercice libéral.');
    expect(within(grant).getByRole('link', { name: /Déposer une demande pour/ })).toHaveAttribute(
      'href',
      '/t/meuse/incentives/apply/bourse-internes?status=interne&profession=medecin&specialty=medecine-generale&commitment=5',
    );

    const others = screen.getByRole('region', { name: "1 aide qui ne s'applique pas" });
    const housing = within(others).getByRole('article', { name: 'Hébergement des internes (fictif)' });
    expect(housing).toHaveTextContent("Ne s'applique pas");
    expect(housing).toHaveTextContent("? Réponse manquanteCommune d'exercice non renseignée : le dispositif est réservé à une zone. (Zone : Verdun.)");
  });

  it('restores a situation from a shared link, runs it at once and says why a scheme does not apply', async () => {
    const sent: unknown[] = [];
    renderPage(<SimulatorPage />, answers(sent), { path, url: '/t/meuse/incentives/simulator?status=interne&profession=medecin&specialty=pediatrie&commune=55545&receiving=national:cesp' });
    expect(screen.getByRole('combobox', { name: /Vous êtes/ })).toHaveValue('interne');
    expect(screen.getByRole('combobox', { name: /Spécialité/ })).toHaveValue('pediatrie');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ profile: { status: 'interne', profession: 'medecin', specialty: 'pediatrie', practiceCommune: '55545', receiving: ['national:cesp'] } });
    expect(screen.getByRole('checkbox', { name: "Contrat d'engagement de service public (CESP)" })).toBeChecked();

    const grant = await screen.findByRole('article', { name: "Bourse d'études contre engagement (fictive)" });
    expect(grant).toHaveTextContent('✗ Non remplieLe dispositif concerne les spécialités suivantes : Médecine générale.');
    expect(grant).toHaveTextContent("Ne se cumule pas avec une aide que vous percevez : Contrat d'engagement de service public (CESP).");
    const housing = screen.getByRole('article', { name: 'Hébergement des internes (fictif)' });
    expect(plain(housing.textContent)).toContain('Montant : 3 000,00 € en 2 versements');
    // The commune's name is found from its code, for the summary and the picker.
    const results = screen.getByRole('region', { name: 'Résultat de la simulation' });
    await waitFor(() => expect(within(results).getByText('Verdun (55545)')).toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: /Commune d'exercice/ })).toHaveValue('Verdun (55545)');
  });

  it('refuses to simulate without a profession and says so under the field', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderPage(<SimulatorPage />, answers(sent), { path, url: '/t/meuse/incentives/simulator' });
    await user.selectOptions(screen.getByRole('combobox', { name: /Vous êtes/ }), 'Étudiant');
    await user.click(screen.getByRole('button', { name: 'Voir mes aides' }));
    const profession = screen.getByRole('combobox', { name: /Profession/ });
    expect(profession).toHaveAttribute('aria-invalid', 'true');
    expect(profession).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
    expect(sent).toEqual([]);
  });

  it('finds the commune by name, copies the link and prints', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const searches: string[] = [];
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPage(<SimulatorPage />, answers(sent, searches), { path, url: '/t/meuse/incentives/simulator?status=settling-professional&profession=infirmier' });
    await user.type(screen.getByRole('combobox', { name: /Commune d'exercice/ }), 'Verd');
    await user.click(await screen.findByRole('option', { name: 'Verdun (55545)' }));
    expect(searches).toContain('Verd');
    await user.click(screen.getByRole('button', { name: 'Voir mes aides' }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ profile: { status: 'settling-professional', profession: 'infirmier', practiceCommune: '55545', receiving: [] } }));

    await user.click(await screen.findByRole('button', { name: 'Copier le lien' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/t\/meuse\/incentives\/simulator\?status=settling-professional&profession=infirmier&commune=55545$/));
    expect(await screen.findByText(/Lien copié/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
