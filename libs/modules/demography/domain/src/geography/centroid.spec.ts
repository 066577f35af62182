import { describe, expect, it } from 'vitest';
import { geometryCentroid, isCommuneGeometry, roundGeometry } from './centroid';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('geometryCentroid', () => {
  it('finds the centre of a square whichever way it is wound', () => {
    expect(geometryCentroid({ type: 'Polygon', coordinates: [square(5, 48, 2)] })).toEqual([6, 49]);
    expect(geometryCentroid({ type: 'Polygon', coordinates: [square(5, 48, 2).reverse()] })).toEqual([6, 49]);
  });
  it('weights the parts of a multipolygon by area and subtracts holes', () => {
    const centroid = geometryCentroid({ type: 'MultiPolygon', coordinates: [[square(0, 0, 2)], [square(10, 0, 1)]] });
    expect(centroid?.[0]).toBeCloseTo((1 * 4 + 10.5 * 1) / 5);
    const holed = geometryCentroid({ type: 'Polygon', coordinates: [square(0, 0, 4), square(0, 0, 2)] });
    expect(holed?.[0]).toBeCloseTo((2 * 16 - 1 * 4) / 12);
  });
  it('has no centroid without area', () => {
    expect(geometryCentroid({ type: 'Polygon', coordinates: [[[1, 1], [1, 1], [1, 1], [1, 1]]] })).toBeNull();
  });
});

describe('isCommuneGeometry', () => {
  it('accepts polygons and multipolygons of WGS84 positions only', () => {
    expect(isCommuneGeometry({ type: 'Polygon', coordinates: [square(5, 48, 1)] })).toBe(true);
    expect(isCommuneGeometry({ type: 'Point', coordinates: [5, 48] })).toBe(false);
    expect(isCommuneGeometry({ type: 'Polygon', coordinates: [[[5, 48], [6, 48]]] })).toBe(false);
    expect(isCommuneGeometry({ type: 'Polygon', coordinates: [square(500000, 6800000, 1000)] })).toBe(false);
    expect(isCommuneGeometry({ type: 'MultiPolygon', coordinates: [] })).toBe(false);
  });
  it('rounds coordinates to about ten metres', () => {
    expect(roundGeometry({ type: 'Polygon', coordinates: [[[5.123456, 48.987654]]] }).coordinates).toEqual([[[5.1235, 48.9877]]]);
  });
});
