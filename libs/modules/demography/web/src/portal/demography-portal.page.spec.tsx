import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_2025, square } from '../testing/fixtures';
import { plain, renderPage, type FakeAnswers } from '../testing/render-page';
import { DemographyPortalPage } from './demography-portal.page';

const row = (code: string, name: string, population: number, headcount: number | null, densityPer100k: number | null) => ({ code, name, population, headcount, densityPer100k });

const answers: FakeAnswers = {
  'demography.publicIndicators': (input) =>
    (input as { level: string }).level === 'epci'
      ? { snapshot: { extractedOn: SNAPSHOT_2025.extractedOn, fictitious: true }, rows: [row('200049187', 'CA du Grand Verdun', 26_000, 30, 115.4)], total: row('55', 'Meuse', 181_640, 120, 66.1), secrecyThreshold: 5 }
      : {
          snapshot: { extractedOn: SNAPSHOT_2025.extractedOn, fictitious: true },
          rows: [row('55545', 'Verdun', 16_942, 21, 115.1), row('55043', 'Belleville-sur-Meuse', 3_012, null, null), row('55001', 'Abainville', 350, 0, 0)],
          total: row('55', 'Meuse', 181_640, 120, 66.1),
          secrecyThreshold: 5,
        },
  'demography.publicMapShapes': () => ({ features: [square('55545', 'Verdun', 5.3), square('55043', 'Belleville-sur-Meuse', 5.4)] }),
};

describe('demography portal page', () => {
  it('shows small counts as statistical secrecy, never as figures, in the table and on the map', async () => {
    renderPage(<DemographyPortalPage />, answers, { url: '/t/meuse/demography' });
    const table = await screen.findByRole('table', { name: 'Médecins généralistes par Commune' });
    const secret = within(table).getByRole('row', { name: /Belleville/ });
    expect(within(secret).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['Belleville-sur-Meuse', '3 012', 'secret statistique (< 5)', 'secret statistique (< 5)']);
    expect(within(table).getByRole('row', { name: /Verdun/ }).textContent).toContain('115,1');
    expect(within(table).getByRole('row', { name: /Abainville/ }).textContent).toContain('0');

    const map = screen.getByRole('listbox', { name: 'Médecins généralistes : ETP pour 100 000 habitants, par commune' });
    expect(within(map).getByRole('option', { name: 'Belleville-sur-Meuse : Pas de donnée' })).toBeInTheDocument();
    expect(within(map).getByRole('option', { name: 'Verdun : 115,1' })).toBeInTheDocument();
    expect(screen.getAllByText('Source : RPPS (ANS), extraction du 1 décembre 2025').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Données fictives de démonstration').length).toBeGreaterThan(0);
    expect(screen.getByText('Contours : IGN – ADMIN EXPRESS, via Etalab ; Licence Ouverte 2.0')).toBeInTheDocument();
  });

  it('switches to intercommunalities', async () => {
    const user = userEvent.setup();
    const { calls } = renderPage(<DemographyPortalPage />, answers, { url: '/t/meuse/demography' });
    await screen.findByRole('table', { name: 'Médecins généralistes par Commune' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Échelle' }), 'epci');
    const table = await screen.findByRole('table', { name: 'Médecins généralistes par Intercommunalité (EPCI)' });
    expect(plain(within(table).getByRole('row', { name: /Grand Verdun/ }).textContent)).toContain('26 00030115,4');
    expect(calls.some((call) => call.path === 'demography.publicIndicators' && (call.input as { level: string }).level === 'epci')).toBe(true);
  });

  it('says when nothing is published yet', async () => {
    renderPage(<DemographyPortalPage />, { ...answers, 'demography.publicIndicators': () => ({ snapshot: null, rows: [], total: null, secrecyThreshold: 5 }) }, { url: '/t/meuse/demography' });
    expect(await screen.findByText("Les chiffres de l'offre de soins ne sont pas encore publiés.")).toBeInTheDocument();
  });
});
