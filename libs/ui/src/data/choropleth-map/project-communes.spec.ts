import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CommuneFeatureCollection } from './commune-features';
import { projectCommunes } from './project-communes';
import { communeGrid } from './testing-grid';

const repositoryRoot = resolve(import.meta.dirname, '../../../../..');

/** Real contours of the Meuse (RFC 7946 winding), properties renamed as the map expects them. */
function meuseCommunes(): CommuneFeatureCollection {
  const file = JSON.parse(readFileSync(resolve(repositoryRoot, '../shared/data/geo/communes-55.geojson'), 'utf8')) as {
    features: Feature<Polygon | MultiPolygon, { code: string; nom: string }>[];
  };
  return {
    type: 'FeatureCollection',
    features: file.features.map((feature) => ({ ...feature, properties: { code: feature.properties.code, name: feature.properties.nom } })),
  };
}

const inside = ([x, y]: readonly [number, number], [left, top, width, height]: readonly [number, number, number, number]) =>
  x > left && x < left + width && y > top && y < top + height;

describe('projectCommunes', () => {
  it('draws the same shapes whichever way the rings are wound', () => {
    const fromRfc = projectCommunes(communeGrid('rfc7946'), undefined, 800, 600);
    const fromClockwise = projectCommunes(communeGrid('clockwise'), undefined, 800, 600);
    expect(fromRfc).toEqual(fromClockwise);
    expect(fromRfc.communes).toHaveLength(9);
  });

  it('fits the communes in the view, north up, and crops the view to them', () => {
    const { communes, viewBox } = projectCommunes(communeGrid('rfc7946'), undefined, 800, 600);
    const [, , width, height] = viewBox;
    // A square grid, taller than wide in the projection, fills the 600 units of height (plus margins).
    expect(height).toBeCloseTo(600 + 16, 0);
    expect(width / height).toBeGreaterThan(0.6);
    expect(width / height).toBeLessThan(0.8);
    for (const commune of communes) expect(inside(commune.centroid, viewBox), commune.name).toBe(true);
    const north = communes.find((commune) => commune.name === 'Haudainville')!;
    const south = communes.find((commune) => commune.name === 'Dugny')!;
    expect(north.centroid[1]).toBeLessThan(south.centroid[1]);
  });

  it('projects the 499 communes of the Meuse, none of them covering the globe', () => {
    const { communes, viewBox } = projectCommunes(meuseCommunes(), undefined, 800, 560);
    expect(communes).toHaveLength(499);
    // Fitted to the Meuse, not to the globe: the département fills the height.
    expect(viewBox[3]).toBeCloseTo(560 + 16, 0);
    for (const commune of communes) expect(inside(commune.centroid, viewBox), commune.name).toBe(true);
    // An exterior ring taken the wrong way round would be drawn as a frame around the whole view.
    const verdun = communes.find((commune) => commune.code === '55545')!;
    const xs = [...verdun.path.matchAll(/[ML]?(-?[\d.]+),(-?[\d.]+)/g)].map((match) => Number(match[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(viewBox[2] / 5);
  });

  it('draws context contours with the same projection', () => {
    const grid = communeGrid('rfc7946');
    const [first, ...others] = grid.features;
    const { communes, contextPaths } = projectCommunes({ ...grid, features: [first!] }, { type: 'FeatureCollection', features: others }, 800, 600);
    expect(communes).toHaveLength(1);
    expect(contextPaths).toHaveLength(8);
  });
});
