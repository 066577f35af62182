import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithTrpc } from '../testing/render-with-trpc';
import { PerimetersPage } from './perimeters.page';

const plain = (text: string | null | undefined) => text?.replace(/[\u202f\u00a0]/g, ' ');

const officer = (permissions: string[]) => ({
  userId: '00000000-0000-4000-8000-000000000002',
  email: 'charge@meuse.demo.ancrage.fr',
  displayName: 'Dominique (fictif)',
  isPlatformAdmin: false,
  role: 'officer',
  permissions,
});

const perimeter = {
  id: '6f1c2a9e-0000-4000-8000-000000000001',
  name: 'CPTS du Nord meusien (fictive)',
  kind: 'cpts',
  description: '',
  updatedAt: new Date('2026-07-14T10:00:00Z'),
  communeCount: 42,
  population: 25_310,
};

describe('perimeters page', () => {
  it('lists perimeters with commune count, population and date in French formats', async () => {
    renderWithTrpc(<PerimetersPage />, {
      'auth.me': () => officer(['territory:territory.read']),
      'territory.perimeters': () => [perimeter],
    });
    const row = await screen.findByRole('row', { name: /Nord meusien/ });
    expect(plain(row.textContent)).toContain('Territoire de CPTS');
    expect(plain(row.textContent)).toContain('42 communes');
    expect(plain(row.textContent)).toContain('25 310');
    expect(plain(row.textContent)).toContain('14/07/2026');
    // Read-only for those who may not manage perimeters.
    expect(screen.queryByRole('link', { name: 'Nouveau périmètre' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('deletes a perimeter after confirmation', async () => {
    const user = userEvent.setup();
    const deleted: unknown[] = [];
    const { calls } = renderWithTrpc(<PerimetersPage />, {
      'auth.me': () => officer(['territory:perimeter.manage', 'territory:territory.read']),
      'territory.perimeters': () => (deleted.length > 0 ? [] : [perimeter]),
      'territory.deletePerimeter': (input) => {
        deleted.push(input);
        return { ok: true };
      },
    });
    expect(await screen.findByRole('link', { name: 'Nouveau périmètre' })).toHaveAttribute('href', '/t/meuse/admin/territory/perimeters/new');
    expect(screen.getByRole('link', { name: perimeter.name })).toHaveAttribute('href', `/t/meuse/admin/territory/perimeters/${perimeter.id}`);

    await user.click(screen.getByRole('button', { name: `Supprimer « ${perimeter.name} »` }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer le périmètre' });
    expect(dialog).toHaveTextContent(`Supprimer le périmètre « ${perimeter.name} » ?`);
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));

    await waitFor(() => expect(deleted).toEqual([{ id: perimeter.id }]));
    expect(await screen.findByText("Aucun périmètre pour l'instant.")).toBeInTheDocument();
    expect(calls.filter((call) => call.path === 'territory.perimeters').length).toBeGreaterThan(1);
  });
});
