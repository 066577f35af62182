import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CentreGovernanceListPage } from './centre-governance-list.page';
import { renderPage, type FakeAnswers } from './testing/render-page';

const me = (permissions: string[]) => ({ userId: 'u1', email: 'agent@meuse.test', displayName: 'Agent', isPlatformAdmin: false, role: 'officer', permissions });
const item = (name: string) => ({ id: `id-${name}`, name, description: 'Données fictives.', createdAt: new Date('2026-11-02T10:00:00Z') });

/** The API as a user holding `permissions` sees it, with `names` already created; `created` records creations. */
function api(permissions: string[], names: string[]) {
  const created: unknown[] = [];
  const items = names.map(item);
  const answers: FakeAnswers = {
    'auth.me': () => me(permissions),
    'centre-governance.items': () => ({ items, total: items.length, page: 1, pageSize: 25 }),
    'centre-governance.createItem': (input) => {
      created.push(input);
      items.push(item((input as { name: string }).name));
      return { id: `id-${items.length}` };
    },
  };
  return { answers, created };
}

describe('CentreGovernanceListPage', () => {
  it('lists the items of the tenant', async () => {
    renderPage(<CentreGovernanceListPage />, api(['centre-governance:item.read'], ['Premier élément', 'Deuxième élément']).answers);
    expect(await screen.findByText('Premier élément')).toBeInTheDocument();
    expect(screen.getByText('Deuxième élément')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '2 éléments' })).toBeInTheDocument();
  });

  it('shows readers no creation form', async () => {
    renderPage(<CentreGovernanceListPage />, api(['centre-governance:item.read'], []).answers);
    expect(await screen.findByText("Aucun élément pour l'instant.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });

  it('lets managers add an item, checked before sending, then shows it', async () => {
    const { answers, created } = api(['centre-governance:item.read', 'centre-governance:item.manage'], []);
    renderPage(<CentreGovernanceListPage />, answers);
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: /Nom/ });
    await user.type(name, 'x');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Certains champs sont à corriger.')).toBeInTheDocument();
    expect(created).toEqual([]);

    await user.type(name, 'yz');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(created).toEqual([{ name: 'xyz', description: '' }]));
    expect(await screen.findByRole('cell', { name: 'xyz' })).toBeInTheDocument();
  });
});
