export type Position = readonly number[];
export type PolygonCoordinates = readonly (readonly Position[])[];

export interface CommuneGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoordinates | readonly PolygonCoordinates[];
}

/** Signed planar area and centroid of a ring (shoelace); orientation does not matter to the result. */
function ringMoments(ring: readonly Position[]) {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { area: area / 2, x, y };
}

/**
 * Area-weighted centroid of a commune's polygons, holes subtracted, in
 * [longitude, latitude]. Planar in degrees: at a commune's scale the error is
 * metres, and it works whatever the rings' winding.
 */
export function geometryCentroid(geometry: CommuneGeometry): [number, number] | null {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as readonly PolygonCoordinates[];
  let area = 0;
  let x = 0;
  let y = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      const m = ringMoments(ring);
      // Exterior rings add, holes subtract, whichever way each is wound.
      const sign = (index === 0 ? 1 : -1) * Math.sign(m.area);
      area += sign * m.area;
      x += (sign * m.x) / 6;
      y += (sign * m.y) / 6;
    });
  }
  return area > 0 ? [x / area, y / area] : null;
}

const isPosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(value[0]) <= 180 && Math.abs(value[1]) <= 90;

const isRing = (value: unknown) => Array.isArray(value) && value.length >= 4 && value.every(isPosition);
const isPolygon = (value: unknown) => Array.isArray(value) && value.length >= 1 && value.every(isRing);

/** A Polygon or MultiPolygon with closed-enough rings of finite WGS84 positions. */
export function isCommuneGeometry(value: unknown): value is CommuneGeometry {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return isPolygon(coordinates);
  if (type === 'MultiPolygon') return Array.isArray(coordinates) && coordinates.length >= 1 && coordinates.every(isPolygon);
  return false;
}

/** Coordinates rounded to 4 decimals (about 10 m): a lighter map, same drawing. */
export function roundGeometry(geometry: CommuneGeometry): CommuneGeometry {
  const round = ([lon = 0, lat = 0]: Position) => [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
  const polygon = (rings: PolygonCoordinates) => rings.map((ring) => ring.map(round));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates as PolygonCoordinates) }
    : { type: 'MultiPolygon', coordinates: (geometry.coordinates as readonly PolygonCoordinates[]).map(polygon) };
}
