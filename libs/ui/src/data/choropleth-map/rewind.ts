import type { Position } from 'geojson';
import type { AreaGeometry } from './commune-features';

/** Twice the signed area of a ring in longitude/latitude: positive when counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index++) {
    const [x1 = 0, y1 = 0] = ring[index] ?? [];
    const [x2 = 0, y2 = 0] = ring[index + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function oriented(ring: Position[], clockwise: boolean): Position[] {
  const isClockwise = signedArea(ring) < 0;
  return isClockwise === clockwise ? ring : [...ring].reverse();
}

// d3-geo works on the sphere: an exterior ring wound counter-clockwise (RFC 7946's rule) encloses
// the rest of the globe. Orienting each ring in the plane is exact at commune scale and copes
// with files of either convention, or a mix of both.
const rewindPolygon = (rings: Position[][]) => rings.map((ring, index) => oriented(ring, index === 0));

/** The geometry with clockwise exterior rings and counter-clockwise holes, as d3-geo expects. */
export function rewindForD3<G extends AreaGeometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
}
