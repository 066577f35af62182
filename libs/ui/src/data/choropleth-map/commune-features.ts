import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;

/** What the map needs to know of a commune: its INSEE code and its name. */
export interface CommuneProperties {
  code: string;
  name: string;
}

/** Commune contours in WGS84, either ring winding (RFC 7946 or d3's). */
export type CommuneFeatureCollection = FeatureCollection<AreaGeometry, CommuneProperties>;

/** Contours drawn for orientation only (neighbouring communes): any properties. */
export type ContextFeatureCollection = FeatureCollection<AreaGeometry>;
