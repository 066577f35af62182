import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSpatialGrid, candidateCells, longitudeHalfSpan, withinBox } from './spatial-grid';
import { EARTH_RADIUS_KM, RADIANS_PER_DEGREE, greatCircleKm } from './travel-time';

interface Point {
  lat: number;
  lon: number;
}

const distanceKm = (a: Point, b: Point) =>
  greatCircleKm(
    a.lat * RADIANS_PER_DEGREE,
    a.lon * RADIANS_PER_DEGREE,
    Math.cos(a.lat * RADIANS_PER_DEGREE),
    b.lat * RADIANS_PER_DEGREE,
    b.lon * RADIANS_PER_DEGREE,
    Math.cos(b.lat * RADIANS_PER_DEGREE),
  );

/** Every point within `reach` of another is among its candidates (each cell once) and inside its box. */
function expectNoNeighbourMissed(points: readonly Point[], reach: number): void {
  const grid = buildSpatialGrid(Float64Array.from(points, (p) => p.lat), Float64Array.from(points, (p) => p.lon), reach);
  const missed: string[] = [];
  points.forEach((point, i) => {
    const halfSpan = longitudeHalfSpan(Math.abs(point.lat), grid.reachRadians);
    const candidates = candidateCells(grid, point.lat, point.lon, halfSpan).flat();
    if (new Set(candidates).size !== candidates.length) missed.push(`point ${i} has duplicate candidates`);
    points.forEach((other, j) => {
      if (distanceKm(point, other) > reach) return;
      if (!candidates.includes(j)) missed.push(`point ${j}, ${distanceKm(point, other)} km from point ${i}, is not a candidate`);
      if (!withinBox(grid, point.lat, point.lon, halfSpan, other.lat, other.lon)) missed.push(`point ${j} is outside the box of point ${i}`);
    });
  });
  expect(missed).toEqual([]);
}

/** The point `km` away from `from` in the direction `bearing` (radians from north). */
function destination(from: Point, km: number, bearing: number): Point {
  const arc = km / EARTH_RADIUS_KM;
  const lat1 = from.lat * RADIANS_PER_DEGREE;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(arc) + Math.cos(lat1) * Math.sin(arc) * Math.cos(bearing));
  const lon2 = from.lon * RADIANS_PER_DEGREE + Math.atan2(Math.sin(bearing) * Math.sin(arc) * Math.cos(lat1), Math.cos(arc) - Math.sin(lat1) * Math.sin(lat2));
  const lon = ((((lon2 / RADIANS_PER_DEGREE + 180) % 360) + 360) % 360) - 180;
  return { lat: lat2 / RADIANS_PER_DEGREE, lon };
}

const pointIn = (lat: [number, number], lon: [number, number]) =>
  fc.record({ lat: fc.double({ min: lat[0], max: lat[1], noNaN: true }), lon: fc.double({ min: lon[0], max: lon[1], noNaN: true }) });

describe('spatial grid', () => {
  it('finds every point within reach in France-like latitudes', () => {
    fc.assert(
      fc.property(fc.array(pointIn([42, 51], [-5, 9]), { maxLength: 80 }), fc.double({ min: 0, max: 300, noNaN: true }), (points, reach) =>
        expectNoNeighbourMissed(points, reach),
      ),
    );
  });

  it('finds them across the antimeridian and around the poles', () => {
    const edges = fc.oneof(pointIn([-90, 90], [170, 180]), pointIn([-90, 90], [-180, -170]), pointIn([80, 90], [-180, 180]), pointIn([-90, -80], [-180, 180]));
    fc.assert(
      fc.property(fc.array(edges, { maxLength: 60 }), fc.double({ min: 0, max: 2000, noNaN: true }), (points, reach) => expectNoNeighbourMissed(points, reach)),
    );
  });

  it('finds points at the very edge of the reach, in every direction', () => {
    const anywhere = pointIn([-85, 85], [-180, 180]);
    const bearings = fc.array(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(anywhere, fc.double({ min: 0.01, max: 500, noNaN: true }), bearings, (centre, reach, directions) => {
        // The cap's easternmost and westernmost points lie in the bearings θ with cos θ = tan δ · tan φ.
        const widest = Math.acos(Math.min(1, Math.max(-1, Math.tan(reach / EARTH_RADIUS_KM) * Math.tan(centre.lat * RADIANS_PER_DEGREE))));
        const edge = [...directions, widest, -widest].map((bearing) => destination(centre, reach * (1 - 1e-10), bearing));
        expectNoNeighbourMissed([centre, ...edge], reach);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every point when the reach covers the whole sphere', () => {
    fc.assert(fc.property(fc.array(pointIn([-90, 90], [-180, 180]), { maxLength: 30 }), (points) => expectNoNeighbourMissed(points, Math.PI * EARTH_RADIUS_KM)));
  });

  it('finds coincident points with a zero reach', () => {
    const points = [{ lat: 48.9, lon: 5.3 }, { lat: 48.9, lon: 5.3 }, { lat: 48.9, lon: 5.3001 }, { lat: 0, lon: 180 }, { lat: 0, lon: -180 }];
    expectNoNeighbourMissed(points, 0);
  });

  it('bounds longitudes by the spherical cap, not more', () => {
    // 111.2 km (1° of arc) at 60° N spans asin(sin 1° / cos 60°) ≈ 2.0006° of longitude.
    expect(longitudeHalfSpan(60, RADIANS_PER_DEGREE)).toBeCloseTo((Math.asin(Math.sin(RADIANS_PER_DEGREE) * 2) / RADIANS_PER_DEGREE), 6);
    expect(longitudeHalfSpan(89.5, RADIANS_PER_DEGREE)).toBe(180);
  });
});
