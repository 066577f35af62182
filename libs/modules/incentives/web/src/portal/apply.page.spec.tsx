import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiRefusal } from '@ancrage/ui/testing';
import { renderPage } from '../testing/render-page';
import { ApplyPage } from './apply.page';
import { APPLICATION_ID, me, portalScheme } from './portal.fixtures';

const path = '/t/:tenant/incentives/apply/:slug';
const fromSimulator = '/t/meuse/incentives/apply/bourse-internes?status=interne&profession=medecin&specialty=medecine-generale&commitment=5';

describe('applying for a scheme', () => {
  it('asks anonymous visitors to sign in, and brings them back to the same form', async () => {
    renderPage(<ApplyPage />, { 'auth.me': () => null, 'incentives.portalScheme': () => portalScheme }, { path, url: fromSimulator });
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', `/t/meuse/login?next=${encodeURIComponent(fromSimulator)}`);
    expect(screen.getByRole('link', { name: 'Créer un compte' })).toHaveAttribute('href', '/t/meuse/signup');
    expect(screen.queryByRole('button', { name: 'Créer ma demande' })).not.toBeInTheDocument();
  });

  it('sends the contact and the situation carried over from the simulator, then opens the new application', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderPage(
      <ApplyPage />,
      {
        'auth.me': () => me,
        'incentives.portalScheme': () => portalScheme,
        'incentives.startApplication': (input) => {
          sent.push(input);
          return { id: APPLICATION_ID, reference: 'AID-2027-0001', rowVersion: 1 };
        },
      },
      { path, url: fromSimulator },
    );
    expect(await screen.findByRole('heading', { level: 1, name: "Demande : Bourse d'études contre engagement (fictive)" })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Vous êtes/ })).toHaveValue('interne');
    expect(screen.getByRole('textbox', { name: /Adresse e-mail/ })).toHaveValue('lou@example.org');
    expect(screen.getByText('Certificat de scolarité')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Prénom/ }), 'Lou');
    await user.type(screen.getByRole('textbox', { name: /^Nom/ }), 'Exemple');
    await user.type(screen.getByRole('textbox', { name: /Téléphone/ }), '06 00 00 00 00');
    await user.click(screen.getByRole('button', { name: 'Créer ma demande' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          slug: 'bourse-internes',
          contact: { firstName: 'Lou', lastName: 'Exemple', email: 'lou@example.org', phone: '06 00 00 00 00', birthDate: null },
          profile: { status: 'interne', profession: 'medecin', specialty: 'medecine-generale', commitmentYearsAccepted: 5, receiving: [] },
        },
      ]),
    );
    expect(await screen.findByText('Autre page')).toBeInTheDocument();
  });

  it('checks the fields before sending, and shows what the API refuses', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const message = 'Vous avez déjà une demande en cours pour cette aide (AID-2027-0001).';
    renderPage(
      <ApplyPage />,
      {
        'auth.me': () => me,
        'incentives.portalScheme': () => portalScheme,
        'incentives.startApplication': (input) => {
          sent.push(input);
          throw apiRefusal(message, 'CONFLICT');
        },
      },
      { path, url: '/t/meuse/incentives/apply/bourse-internes' },
    );
    await user.click(await screen.findByRole('button', { name: 'Créer ma demande' }));
    expect(screen.getByRole('textbox', { name: /Prénom/ })).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(screen.getByRole('combobox', { name: /Vous êtes/ })).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(sent).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /Prénom/ }), 'Lou');
    await user.type(screen.getByRole('textbox', { name: /^Nom/ }), 'Exemple');
    await user.selectOptions(screen.getByRole('combobox', { name: /Vous êtes/ }), 'Interne');
    await user.selectOptions(screen.getByRole('combobox', { name: /Profession/ }), 'Médecin');
    await user.click(screen.getByRole('button', { name: 'Créer ma demande' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
  });
});
