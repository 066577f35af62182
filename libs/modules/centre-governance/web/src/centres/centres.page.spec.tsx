import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiRefusal, MANAGE, officer, renderPage } from '../testing/render-page';
import { CentresPage } from './centres.page';

const centre = { id: 'c1', name: 'Centre de santé Cœur de Meuse (fictif)', status: 'preparation', gipId: 'g1', gipName: 'GIP (fictif)', plannedOpeningOn: '2027-04-01', openedOn: null, closedOn: null, sites: 2, communes: 11, professionals: 7 };

describe('centres', () => {
  it('lists centres with their status and links, and refuses a duplicate name with the API’s message', async () => {
    const { calls } = renderPage(<CentresPage />, {
      'auth.me': () => officer(MANAGE),
      'centre-governance.centres': () => [centre],
      'centre-governance.communeOptions': () => [{ code: '55545', name: 'Verdun' }],
      'centre-governance.gips': () => [{ id: '00000000-0000-4000-8000-000000000001', name: 'GIP (fictif)' }],
      'centre-governance.createCentre': () => {
        throw apiRefusal('Un centre porte déjà ce nom.', 'CONFLICT');
      },
    });
    const row = await screen.findByRole('row', { name: /Cœur de Meuse/ });
    expect(within(row).getByRole('link', { name: centre.name })).toHaveAttribute('href', '/t/meuse/admin/centre-governance/centres/c1');
    expect(row).toHaveTextContent('En préparation');
    expect(row).toHaveTextContent('01/04/2027');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Nom du centre/ }), centre.name);
    await user.click(screen.getByRole('button', { name: 'Enregistrer le centre' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Un centre porte déjà ce nom.');
    await waitFor(() => expect(calls.find((call) => call.path === 'centre-governance.createCentre')?.input).toMatchObject({ name: centre.name, communeCodes: [], gipId: null }));
  });
});
