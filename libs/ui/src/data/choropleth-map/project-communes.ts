import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Position } from 'geojson';
import type { AreaGeometry, CommuneFeatureCollection, ContextFeatureCollection } from './commune-features';
import { rewindForD3 } from './rewind';

/** A commune as drawn: its SVG path and the centre of its shape, in view units. */
export interface ProjectedCommune {
  code: string;
  name: string;
  path: string;
  centroid: readonly [number, number];
}

export interface ProjectedMap {
  communes: ProjectedCommune[];
  contextPaths: string[];
  /** `[x, y, width, height]` around the communes, margin included. */
  viewBox: readonly [number, number, number, number];
}

const MARGIN = 8;

const rewound = <F extends Feature<AreaGeometry, unknown>>(feature: F): F => ({ ...feature, geometry: rewindForD3(feature.geometry) });

/**
 * Every vertex projected once, as plain coordinates. Communes are far too small
 * for d3's adaptive resampling and sphere clipping to change a pixel, and skipping
 * them keeps a map of 2 000 communes quick to draw.
 */
function toPlane<G extends AreaGeometry>(geometry: G, projection: GeoProjection): G {
  const projectRing = (ring: Position[]) =>
    ring.map((point) => projection([point[0] ?? 0, point[1] ?? 0])).filter((point): point is [number, number] => point !== null);
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(projectRing) };
  return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(projectRing)) };
}

// One decimal of a view unit is below a pixel at any size the map is shown: shorter paths, lighter DOM.
const planarPath = geoPath().digits(1);
const svgPath = (geometry: AreaGeometry) => planarPath(geometry) ?? '';

/**
 * Projects the communes in Lambert-93's conic conformal projection (parallels 44° and 49°,
 * central meridian 3°), fitted to a `maxWidth` × `height` box, and crops the view to
 * the communes' extent. Context contours use the same projection and are cut by the view.
 */
export function projectCommunes(features: CommuneFeatureCollection, context: ContextFeatureCollection | undefined, maxWidth: number, height: number): ProjectedMap {
  const communes = { ...features, features: features.features.filter((feature) => feature.geometry).map(rewound) };
  // Rewound rings matter here: fitSize measures the features on the sphere.
  const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitSize([maxWidth, height], communes);
  const projected = communes.features.map((feature) => ({ ...feature, geometry: toPlane(feature.geometry, projection) }));
  const [[x0, y0], [x1, y1]] = planarPath.bounds({ type: 'FeatureCollection', features: projected });
  return {
    communes: projected
      .map((feature) => ({ code: feature.properties.code, name: feature.properties.name, path: svgPath(feature.geometry), centroid: planarPath.centroid(feature) }))
      .filter((commune) => commune.path !== ''),
    contextPaths: (context?.features ?? []).filter((feature) => feature.geometry).map((feature) => svgPath(toPlane(rewindForD3(feature.geometry), projection))).filter(Boolean),
    viewBox: [x0 - MARGIN, y0 - MARGIN, x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN],
  };
}
