import type { Position } from 'geojson';
import type { CommuneFeatureCollection } from './commune-features';

/** Rows of commune names, north first, laid out as squares of 0.1° near Verdun. */
export const GRID_NAMES = [
  ['Bras', 'Haudainville', 'Belrupt'],
  ['Dieue', 'Verdun', 'Thierville'],
  ['Ancemont', 'Dugny', 'Charny'],
] as const;

/** A 3 × 3 grid of square communes, codes 55001 to 55009 row by row, in the given ring winding. */
export function communeGrid(winding: 'rfc7946' | 'clockwise'): CommuneFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: GRID_NAMES.flatMap((names, row) =>
      names.map((name, column) => {
        const west = 5.3 + column * 0.1;
        const north = 49.2 - row * 0.1;
        // Counter-clockwise: south-west, south-east, north-east, north-west.
        const ring: Position[] = [
          [west, north - 0.1],
          [west + 0.1, north - 0.1],
          [west + 0.1, north],
          [west, north],
          [west, north - 0.1],
        ];
        return {
          type: 'Feature' as const,
          properties: { code: `5500${row * 3 + column + 1}`, name },
          geometry: { type: 'Polygon' as const, coordinates: [winding === 'rfc7946' ? ring : [...ring].reverse()] },
        };
      }),
    ),
  };
}
