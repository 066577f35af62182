import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { READER, SNAPSHOT_2024, SNAPSHOT_2025, officer, snapshotRow } from '../testing/fixtures';
import { plain, renderPage, type FakeAnswers } from '../testing/render-page';
import { CommunePage } from './commune.page';

const situation = (nationalId: string, lastName: string, professionCode: string, professionLabel: string, mode: string | null, weight: number) => ({
  nationalId,
  lastName,
  firstName: 'Camille',
  professionCode,
  professionLabel,
  specialtyLabel: professionCode === '10' ? 'Médecine générale' : null,
  mode,
  structureName: 'CABINET FICTIF',
  sectorLabel: 'Cabinet individuel',
  weight,
});

const answers: FakeAnswers = {
  'auth.me': () => officer(READER),
  'demography.snapshots': () => [snapshotRow(SNAPSHOT_2025), snapshotRow(SNAPSHOT_2024)],
  'demography.commune': () => ({
    commune: { code: '55545', name: 'Verdun', population: 16_942, epciName: 'CA du Grand Verdun', isHome: true, hasCentroid: true },
    snapshot: SNAPSHOT_2025,
    professionals: [situation('810001', 'MARTIN', '10', 'Médecin', 'liberal', 0.5), situation('810002', 'BERNARD', '10', 'Médecin', 'salaried', 1), situation('860003', 'PETIT', '60', 'Infirmier', null, 1)],
    history: [
      { extractedOn: '2024-12-01', professionCode: '10', headcount: 3, fte: 2.5 },
      { extractedOn: '2025-12-01', professionCode: '10', headcount: 2, fte: 1.5 },
      { extractedOn: '2025-12-01', professionCode: '60', headcount: 1, fte: 1 },
    ],
  }),
  'demography.accessibility': () => ({
    snapshot: SNAPSHOT_2025,
    threshold: 106.4,
    missingCentroids: 0,
    communes: [{ code: '55545', name: 'Verdun', population: 16_942, value: 205.34, serviceClass: 'served' }],
  }),
};

describe('demography commune page', () => {
  it('shows the commune, its accessibility, its professionals by profession and its history in French formats', async () => {
    const user = userEvent.setup();
    renderPage(<CommunePage />, answers, { path: '/t/:tenant/admin/demography/communes/:code', url: '/t/meuse/admin/demography/communes/55545?subject=general-practice' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Verdun' })).toBeInTheDocument();
    expect(screen.getByText('Code INSEE 55545 · CA du Grand Verdun')).toBeInTheDocument();
    expect(plain(screen.getByText(/^16/).textContent)).toBe('16 942');
    expect(await screen.findByText('205,3')).toBeInTheDocument();
    expect(screen.getByText('Non sous-dotée (seuil : 106,4)')).toBeInTheDocument();

    const byProfession = screen.getByRole('table', { name: 'Effectifs par profession à Verdun' });
    expect(plain(within(byProfession).getByRole('row', { name: /Médecins/ }).textContent)).toBe('Médecins21,5');
    expect(plain(within(byProfession).getByRole('row', { name: /Infirmiers/ }).textContent)).toBe('Infirmiers11');

    const situations = screen.getByRole('table', { name: "Situations d'exercice à Verdun" });
    expect(within(situations).getByRole('row', { name: /MARTIN Camille/ })).toHaveTextContent('MARTIN CamilleMédecinsMédecine généraleLibéralCABINET FICTIFCabinet individuel0,5');
    expect(within(situations).getByRole('row', { name: /PETIT Camille/ })).toHaveTextContent('Non renseigné');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Profession' }), '60');
    expect(within(situations).queryByText('MARTIN Camille')).not.toBeInTheDocument();

    const history = screen.getByRole('table', { name: 'Effectif par profession à Verdun, à chaque extraction' });
    expect(within(history).getAllByRole('row').map((row) => plain(row.textContent))).toEqual([
      "Date d'extractionMédecinsInfirmiers",
      '1 décembre 202430',
      '1 décembre 202521',
    ]);
    expect(screen.getByRole('link', { name: "Retour à l'état des lieux" })).toHaveAttribute('href', '/t/meuse/admin/demography?subject=general-practice');
  });
});
