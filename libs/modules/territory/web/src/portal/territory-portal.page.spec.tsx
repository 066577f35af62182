import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithTrpc } from '../testing/render-with-trpc';
import { TerritoryPortalPage } from './territory-portal.page';

const plain = (text: string | null) => text?.replace(/[\u202f\u00a0]/g, ' ');

const summary = (showCommunesOnPortal: boolean) => ({
  departement: { code: '55', name: 'Meuse' },
  communes: 499,
  population: 181_640,
  epcis: 16,
  settings: { showCommunesOnPortal, defaultPageSize: 25 },
});

const verdun = { code: '55545', name: 'Verdun', population: 16_942, postalCodes: ['55100'], epciCode: '200049187', epciName: 'CA du Grand Verdun' };
const barLeDuc = { code: '55029', name: 'Bar-le-Duc', population: 15_029, postalCodes: ['55000'], epciCode: '200066389', epciName: 'CA Bar-le-Duc Sud Meuse' };

const handlers = (showCommunesOnPortal: boolean) => ({
  'territory.summary': () => summary(showCommunesOnPortal),
  'territory.epcis': () => [
    { code: '200049187', name: 'CA du Grand Verdun', kind: 'CA', population: 26_000, communeCount: 26 },
    { code: '200066389', name: 'CA Bar-le-Duc Sud Meuse', kind: 'CA', population: 34_000, communeCount: 33 },
  ],
  'territory.communes': (input: unknown) => {
    const { search } = input as { search?: string };
    const items = search ? [verdun].filter((c) => c.name.toLowerCase().includes(search.toLowerCase())) : [barLeDuc, verdun];
    return { items, total: search ? items.length : 499, page: 1, pageSize: 25 };
  },
});

describe('territory portal page', () => {
  it('shows the key figures in French format', async () => {
    renderWithTrpc(<TerritoryPortalPage />, handlers(false));
    expect(await screen.findByRole('heading', { level: 2, name: 'Meuse en chiffres' })).toBeInTheDocument();
    expect(plain(screen.getByText(/181/).textContent)).toBe('181 640');
    expect(screen.getByText('Intercommunalités (EPCI)')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists and searches the communes when the tenant shows them', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithTrpc(<TerritoryPortalPage />, handlers(true));

    const table = await screen.findByRole('table');
    expect(within(table).getByText((_, element) => element?.tagName === 'CAPTION' && plain(element.textContent) === '499 communes')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Code INSEE', 'Commune', 'Codes postaux', 'Intercommunalité', 'Population']);
    expect(plain(within(table).getByRole('row', { name: /Verdun/ }).textContent)).toContain('16 942');
    expect(screen.getByRole('navigation', { name: 'Pages de la liste des communes' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une commune' }), 'verd');
    await waitFor(() => expect(calls.some((call) => call.path === 'territory.communes' && (call.input as { search?: string }).search === 'verd')).toBe(true));
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('Bar-le-Duc')).not.toBeInTheDocument());
    expect(within(screen.getByRole('table')).getByText('Verdun')).toBeInTheDocument();
  });
});
