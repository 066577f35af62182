import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithUi } from '../../testing/render-with-ui';
import type { ExplorerColumn } from './explorer-column';
import { ExplorerTable } from './explorer-table';

interface Commune {
  code: string;
  name: string;
  population: number | null;
}

const columns: ExplorerColumn<Commune>[] = [
  { key: 'code', header: 'Code', value: (commune) => commune.code },
  { key: 'name', header: 'Commune', value: (commune) => commune.name },
  { key: 'population', header: 'Population', value: (commune) => commune.population, numeric: true },
];

const communes: Commune[] = [
  { code: '55545', name: 'Verdun', population: 16942 },
  { code: '55179', name: 'Étain', population: null },
  { code: '55001', name: 'Abainville', population: 350 },
  { code: '55180', name: 'Erize-la-Brûlée', population: 1290 },
  { code: '55463', name: 'Saint-Mihiel', population: 4005 },
  { code: '55167', name: 'écurey-en-Verdunois', population: null },
];

function renderTable(rows: readonly Commune[] = communes, pageSize?: number) {
  return renderWithUi(
    <ExplorerTable
      caption="Communes de la Meuse"
      columns={columns}
      rows={rows}
      rowKey={(commune) => commune.code}
      empty="Aucune commune."
      filterLabel="Rechercher une commune"
      exportFileName="communes-meuse"
      pageSize={pageSize}
    />,
  );
}

const table = () => screen.getByRole('table', { name: 'Communes de la Meuse' });
const columnTexts = (index: number) =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

afterEach(() => vi.restoreAllMocks());

describe('ExplorerTable', () => {
  it('keeps the accessibility of DataTable: caption, column headers, labelled scrolling region, figures right-aligned', () => {
    renderTable();
    expect(table()).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Communes de la Meuse' })).toHaveAttribute('tabindex', '0');
    expect(screen.getAllByRole('columnheader').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(header('Population')).toHaveStyle({ textAlign: 'right' });
    expect(within(table()).getByRole('cell', { name: /^16\s942$/ })).toHaveStyle({ textAlign: 'right' });
    expect(within(table()).getAllByText('Non renseigné')).toHaveLength(2);
  });

  it('passes axe, sorted or not', async () => {
    const user = userEvent.setup();
    const { container } = renderTable();
    // jsdom lays nothing out: colour contrast is left to the browser tests.
    const options = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(container, options)).violations).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Population/ }));
    expect((await axe.run(container, options)).violations).toEqual([]);
  });

  it('sorts in French order, ascending, descending, then back to the original order', async () => {
    const user = userEvent.setup();
    renderTable();
    expect(header('Commune')).toHaveAttribute('aria-sort', 'none');

    await user.click(screen.getByRole('button', { name: /Commune/ }));
    expect(header('Commune')).toHaveAttribute('aria-sort', 'ascending');
    expect(columnTexts(1)).toEqual(['Abainville', 'écurey-en-Verdunois', 'Erize-la-Brûlée', 'Étain', 'Saint-Mihiel', 'Verdun']);

    await user.click(screen.getByRole('button', { name: /Commune/ }));
    expect(header('Commune')).toHaveAttribute('aria-sort', 'descending');
    expect(columnTexts(1)).toEqual(['Verdun', 'Saint-Mihiel', 'Étain', 'Erize-la-Brûlée', 'écurey-en-Verdunois', 'Abainville']);

    await user.click(screen.getByRole('button', { name: /Commune/ }));
    expect(header('Commune')).toHaveAttribute('aria-sort', 'none');
    expect(columnTexts(1)).toEqual(communes.map((commune) => commune.name));
  });

  it('sorts numbers by value and keeps missing values last in both directions', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: /Population/ }));
    expect(header('Population')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Commune')).toHaveAttribute('aria-sort', 'none');
    expect(columnTexts(0)).toEqual(['55001', '55180', '55463', '55545', '55179', '55167']);

    await user.click(screen.getByRole('button', { name: /Population/ }));
    expect(columnTexts(0)).toEqual(['55545', '55463', '55180', '55001', '55179', '55167']);
  });

  it('does not offer sorting on a column that opts out', () => {
    renderWithUi(
      <ExplorerTable
        caption="Communes"
        columns={[columns[0]!, { ...columns[1]!, sortable: false }]}
        rows={communes}
        rowKey={(commune) => commune.code}
        empty="Aucune commune."
        filterLabel="Rechercher"
      />,
    );
    expect(screen.queryByRole('button', { name: /Commune/ })).not.toBeInTheDocument();
    expect(header('Commune')).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: /Exporter/ })).not.toBeInTheDocument();
  });

  it('searches the text values without regard to accents, case or hyphens, and announces the count', async () => {
    const user = userEvent.setup();
    renderTable();
    expect(screen.getByRole('status')).toHaveTextContent('6 lignes sur 6');

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une commune' }), 'ETAIN');
    await waitFor(() => expect(columnTexts(1)).toEqual(['Étain']));
    expect(screen.getByRole('status')).toHaveTextContent('1 ligne sur 6');

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'saint mihiel');
    await waitFor(() => expect(columnTexts(1)).toEqual(['Saint-Mihiel']));

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'verdun');
    await waitFor(() => expect(columnTexts(1)).toEqual(['Verdun', 'écurey-en-Verdunois']));

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'Paris');
    await waitFor(() => expect(within(table()).getByText('Aucune ligne ne correspond à la recherche.')).toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('0 ligne sur 6');
  });

  it('shows the empty message when there are no rows at all', () => {
    renderTable([]);
    expect(within(table()).getByText('Aucune commune.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toHaveAccessibleDescription('Aucune ligne à exporter.');
  });

  it('pages the rows and goes back to the first page when the search changes', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 30 }, (_, index) => ({ code: `55${String(index + 1).padStart(3, '0')}`, name: `Commune ${index + 1}`, population: index }));
    renderTable(many, 25);
    expect(within(table()).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText('1 à 25 sur 30')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(columnTexts(1)).toEqual(['Commune 26', 'Commune 27', 'Commune 28', 'Commune 29', 'Commune 30']);
    expect(screen.getByText('26 à 30 sur 30')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox'), 'commune 1');
    await waitFor(() => expect(columnTexts(1)).toEqual(['Commune 1', ...Array.from({ length: 10 }, (_, index) => `Commune ${index + 10}`)]));
    expect(screen.getByText('1 à 11 sur 11')).toBeInTheDocument();
  });

  it('exports the matching rows of every page, in the shown order, as a CSV file Excel reads as UTF-8', async () => {
    const user = userEvent.setup();
    const saved: { name: string; blob: Blob }[] = [];
    let lastBlob = new Blob();
    URL.createObjectURL = vi.fn((blob: Blob) => {
      lastBlob = blob;
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: lastBlob });
    });
    renderTable(communes, 2);

    await user.type(screen.getByRole('searchbox'), 'e');
    await user.click(screen.getByRole('button', { name: /Population/ }));
    await user.click(screen.getByRole('button', { name: /Population/ }));
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));

    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toBe('communes-meuse.csv');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')).toEqual([
      'Code;Commune;Population',
      '55545;Verdun;16942',
      '55463;Saint-Mihiel;4005',
      '55180;Erize-la-Brûlée;1290',
      '55001;Abainville;350',
      '55179;Étain;',
      '55167;écurey-en-Verdunois;',
    ]);
  });
});
