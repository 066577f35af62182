import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithUi } from '../../testing/render-with-ui';
import type { ChoroplethClass } from './choropleth-classes';
import { ChoroplethMap } from './choropleth-map';
import type { CommuneFeatureCollection } from './commune-features';
import { MapLegend } from './map-legend';
import { communeGrid } from './testing-grid';

const LIGHT = '#1f9e89';
const DARK = '#440154';
const classes: ChoroplethClass[] = [
  { upTo: 10, color: LIGHT },
  { upTo: 100, color: DARK },
];
// Bras (55001) has no value; Dugny (55008) is absent from the map of values.
const values = new Map<string, number | null>([
  ['55001', null],
  ['55002', 4],
  ['55003', 12],
  ['55004', 7.5],
  ['55005', 50],
  ['55006', 1],
  ['55007', 3],
  ['55009', 80],
]);
const format = (value: number) => new Intl.NumberFormat('fr-FR').format(value);

function renderMap(props: { features?: CommuneFeatureCollection; selectedCode?: string; onSelect?: (code: string) => void; context?: CommuneFeatureCollection } = {}) {
  return renderWithUi(
    <ChoroplethMap
      title="Médecins pour 10 000 habitants"
      features={props.features ?? communeGrid('rfc7946')}
      values={values}
      classes={classes}
      format={format}
      legendTitle="Médecins pour 10 000 habitants"
      source="RPPS, janvier 2025"
      context={props.context}
      selectedCode={props.selectedCode}
      onSelect={props.onSelect}
      emptyMessage="Les contours des communes ne sont pas encore importés."
    />,
  );
}

const map = () => screen.getByRole('listbox', { name: 'Médecins pour 10 000 habitants' });
const option = (name: RegExp) => within(map()).getByRole('option', { name });
const activeOption = () => document.getElementById(map().getAttribute('aria-activedescendant') ?? '');

describe('ChoroplethMap', () => {
  it('draws one option per commune, filled with its class colour or hatched without data', () => {
    renderMap();
    const options = within(map()).getAllByRole('option');
    expect(options).toHaveLength(9);
    expect(option(/^Verdun/)).toHaveAttribute('fill', DARK);
    expect(option(/^Dieue/)).toHaveAttribute('fill', LIGHT);
    expect(option(/^Belrupt/)).toHaveAttribute('fill', DARK);
    const hatch = option(/^Bras/).getAttribute('fill');
    expect(hatch).toMatch(/^url\(#.+\)$/);
    expect(option(/^Dugny/)).toHaveAttribute('fill', hatch!);
    expect(document.getElementById(hatch!.slice(5, -1))?.tagName).toBe('pattern');
    expect(option(/^Verdun/)).toHaveAccessibleName('Verdun : 50');
    expect(option(/^Bras/)).toHaveAccessibleName('Bras : Pas de donnée');
  });

  it('is one tab stop; arrows move to the neighbour in that direction and the commune is announced', async () => {
    const user = userEvent.setup();
    renderMap();
    await user.tab();
    expect(map()).toHaveFocus();
    // Nothing selected: the first commune by name.
    expect(activeOption()).toHaveAccessibleName('Ancemont : 3');
    expect(screen.getByRole('status')).toHaveTextContent('Ancemont : 3');

    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveAccessibleName('Dieue : 7,5');
    await user.keyboard('{ArrowRight}');
    expect(activeOption()).toHaveAccessibleName('Verdun : 50');
    expect(screen.getByRole('status')).toHaveTextContent('Verdun : 50');
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveAccessibleName('Haudainville : 4');
    // Nothing further north: the focus stays.
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveAccessibleName('Haudainville : 4');
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(activeOption()).toHaveAccessibleName('Charny : 80');
    await user.keyboard('{ArrowLeft}');
    expect(activeOption()).toHaveAccessibleName('Dugny : Pas de donnée');
    expect(screen.getByRole('status')).toHaveTextContent('Dugny : Pas de donnée');

    await user.tab();
    expect(map()).not.toHaveFocus();
  });

  it('goes to the first and last commune by name with Home and End, and selects with Enter or Space', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderMap({ onSelect });
    await user.tab();
    await user.keyboard('{End}');
    expect(activeOption()).toHaveAccessibleName('Verdun : 50');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('55005');
    await user.keyboard('{Home}');
    expect(activeOption()).toHaveAccessibleName('Ancemont : 3');
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('55007');
  });

  it('starts from the selected commune and marks it selected', async () => {
    const user = userEvent.setup();
    renderMap({ selectedCode: '55006' });
    expect(option(/^Thierville/)).toHaveAttribute('aria-selected', 'true');
    expect(option(/^Verdun/)).toHaveAttribute('aria-selected', 'false');
    await user.tab();
    expect(activeOption()).toHaveAccessibleName('Thierville : 1');
  });

  it('shows and announces the commune under the pointer, and selects it on click', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderMap({ onSelect });
    await user.hover(option(/^Belrupt/));
    expect(screen.getByRole('status')).toHaveTextContent('Belrupt : 12');
    expect(screen.getByText('Belrupt', { selector: 'p' })).toBeInTheDocument();
    await user.click(option(/^Charny/));
    expect(onSelect).toHaveBeenCalledWith('55009');
    expect(screen.getByRole('status')).toHaveTextContent('Charny : 80');
    await user.unhover(map());
    await user.keyboard('{Escape}');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('lists the classes and the no-data entry in the legend, and shows the source', () => {
    renderMap();
    const legend = screen.getByRole('list', { name: 'Médecins pour 10 000 habitants' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(["jusqu'à 10", 'plus de 10 à 100', 'Pas de donnée']);
    expect(screen.getByText('Source : RPPS, janvier 2025')).toBeInTheDocument();
  });

  it('draws neighbouring communes for orientation only', () => {
    const grid = communeGrid('rfc7946');
    renderMap({ features: { ...grid, features: grid.features.slice(0, 4) }, context: { ...grid, features: grid.features.slice(4) } });
    expect(within(map()).getAllByRole('option')).toHaveLength(4);
    expect(document.querySelectorAll('g[aria-hidden="true"] path[fill="#e9ecef"]')).toHaveLength(5);
  });

  it('shows the message instead of an empty map', () => {
    renderMap({ features: { type: 'FeatureCollection', features: [] } });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByText('Les contours des communes ne sont pas encore importés.')).toBeInTheDocument();
  });
});

describe('MapLegend', () => {
  it('uses the labels given with the classes and leaves out "no data" unless asked', () => {
    renderWithUi(<MapLegend title="Densité" classes={[{ upTo: 1, color: LIGHT, label: 'faible' }, { upTo: 5, color: DARK, label: 'forte' }]} format={format} />);
    expect(within(screen.getByRole('list', { name: 'Densité' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['faible', 'forte']);
  });
});
