import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { IMPORTER, READER, SNAPSHOT_2024, SNAPSHOT_2025, indicatorRow, officer, snapshotRow, square } from '../testing/fixtures';
import { plain, renderPage, type FakeAnswers } from '../testing/render-page';
import { OverviewPage } from './overview.page';

const verdun = indicatorRow('55545', 'Verdun', 16_942, 21, 19.5, 15, 4.5);
const belleville = indicatorRow('55043', 'Belleville-sur-Meuse', 3_012, 0, 0, 0, 0);
const total = indicatorRow('55', 'Département de la Meuse', 181_640, 1_234, 1_180.5, 850.25, 300.25);

function Location() {
  const location = useLocation();
  return <output aria-label="adresse">{`${location.pathname}${location.search}`}</output>;
}

function api(permissions: string[], { shapes = true } = {}): FakeAnswers {
  return {
    'auth.me': () => officer(permissions),
    'demography.snapshots': () => [snapshotRow(SNAPSHOT_2025), snapshotRow(SNAPSHOT_2024)],
    'demography.indicators': () => ({
      snapshot: SNAPSHOT_2025,
      rows: [verdun, belleville],
      total,
      references: [
        { id: 'r1', subject: 'general-practice', level: 'region', densityPer100k: 95.1, source: 'DREES', year: 2023 },
        { id: 'r0', subject: 'general-practice', level: 'region', densityPer100k: 99, source: 'DREES', year: 2021 },
      ],
    }),
    'demography.withoutGeneralPractice': () => ({ snapshot: SNAPSHOT_2025, communes: [belleville, indicatorRow('55001', 'Abainville', 350, 0, 0, 0, 0)], epcis: [] }),
    'demography.mapShapes': () => ({
      home: { type: 'FeatureCollection', features: shapes ? [square('55545', 'Verdun', 5.3), square('55043', 'Belleville-sur-Meuse', 5.4)] : [] },
      context: { type: 'FeatureCollection', features: [] },
    }),
    'demography.geometryStatus': () => ({ homeCommunes: 499, homePlaced: shapes ? 499 : 0, areaCommunes: 3_000, areaPlaced: 0 }),
  };
}

describe('demography overview page', () => {
  it('shows the key figures in French format, with their source, the demo badge and the reference values', async () => {
    renderPage(<OverviewPage />, api(READER));
    const figures = await screen.findByRole('region', { name: 'Médecins généralistes : chiffres clés du département' });
    const text = plain(figures.textContent);
    expect(text).toContain('1 234Médecins généralistes en exercice (effectif)');
    expect(text).toContain('1 180,5Effectif pondéré');
    expect(text).toContain('649,9ETP pour 100 000 habitants');
    // The newest reference of each level, and the gap to it.
    expect(text).toContain('Région : 95,1 (DREES, 2023) (écart +583,4 %)');
    expect(text).not.toContain('2021');
    expect(text).toContain('72 %Exercice libéral (850,3 ETP)');
    expect(text).toContain('25 %Exercice salarié (300,3 ETP)');
    expect(await within(figures).findByText('2')).toBeInTheDocument();
    expect(text).toContain('Communes sans médecin généraliste');
    expect(within(figures).getByText('Source : RPPS (ANS), extraction du 1 décembre 2025')).toBeInTheDocument();
    expect(within(figures).getByText('Données fictives de démonstration')).toBeInTheDocument();
  });

  it('switches tabs with the keyboard and lists the indicators with French numbers', async () => {
    const user = userEvent.setup();
    renderPage(<OverviewPage />, api(READER));
    const mapTab = await screen.findByRole('tab', { name: 'Carte' });
    expect(mapTab).toHaveAttribute('aria-selected', 'true');
    await user.click(mapTab);
    await user.keyboard('{ArrowRight}');
    const tableTab = screen.getByRole('tab', { name: 'Tableau' });
    expect(tableTab).toHaveFocus();
    expect(tableTab).toHaveAttribute('aria-selected', 'true');

    const table = await screen.findByRole('table', { name: 'Médecins généralistes par Commune, extraction du 1 décembre 2025' });
    expect(within(table).getAllByRole('columnheader').map((th) => plain(th.textContent)?.replace(/[↕↑↓]/g, '').trim())).toEqual([
      'Code',
      'Commune',
      'Population',
      'Effectif',
      'ETP',
      'ETP pour 100 000 hab.',
      'ETP libéraux',
      'ETP salariés',
    ]);
    const row = within(table).getByRole('row', { name: /Verdun/ });
    expect(within(row).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['55545', 'Verdun', '16 942', '21', '19,5', '115,1', '15', '4,5']);
    expect(within(row).getByRole('link', { name: 'Verdun' })).toHaveAttribute('href', `/t/meuse/admin/demography/communes/55545?subject=general-practice&snapshot=${SNAPSHOT_2025.id}`);
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
  });

  it('draws the density map with its legend, source and licence; Enter on a commune opens its page', async () => {
    const user = userEvent.setup();
    renderPage(
      <>
        <OverviewPage />
        <Location />
      </>,
      api(READER),
    );
    const map = await screen.findByRole('listbox', { name: 'Médecins généralistes : ETP pour 100 000 habitants, par commune' });
    expect(within(map).getAllByRole('option')).toHaveLength(2);
    const panel = screen.getByRole('tabpanel', { name: 'Carte' });
    expect(within(panel).getByText('Source : RPPS (ANS), extraction du 1 décembre 2025')).toBeInTheDocument();
    expect(within(panel).getByText('Données fictives de démonstration')).toBeInTheDocument();
    expect(within(panel).getByText('Contours : IGN – ADMIN EXPRESS, via Etalab ; Licence Ouverte 2.0')).toBeInTheDocument();
    expect(within(panel).getByRole('list', { name: 'ETP pour 100 000 habitants' })).toBeInTheDocument();

    map.focus();
    // The first commune by name is active: Belleville-sur-Meuse.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status', { name: 'adresse' })).toHaveTextContent(`/t/meuse/admin/demography/communes/55043?subject=general-practice&snapshot=${SNAPSHOT_2025.id}`));
  });

  it('says the contours are missing, with a link to import them for those who may', async () => {
    renderPage(<OverviewPage />, api(IMPORTER, { shapes: false }));
    expect(await screen.findByText('Les contours des communes ne sont pas encore importés : la carte ne peut pas être dessinée.')).toBeInTheDocument();
    expect(await screen.findByText('0 communes du département sur 499 ont un contour.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Importer les contours des communes' })).toHaveAttribute('href', '/t/meuse/admin/demography/imports');
  });

  it('asks for an import when no snapshot is ready', async () => {
    renderPage(<OverviewPage />, { ...api(READER), 'demography.snapshots': () => [snapshotRow(SNAPSHOT_2025, 'importing')] });
    expect(await screen.findByText("Aucune extraction RPPS n'est encore importée : l'état des lieux est vide.")).toBeInTheDocument();
    expect(screen.getByText("Demandez à un chargé de mission d'importer l'extraction RPPS.")).toBeInTheDocument();
  });
});
