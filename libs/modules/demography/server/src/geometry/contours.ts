import { geometryCentroid, isCommuneGeometry, roundGeometry, type CommuneGeometry } from '@ancrage/demography-domain';

export interface ContourReport {
  accepted: { code: string; geometry: CommuneGeometry; longitude: number; latitude: number }[];
  /** Features whose code is not a commune of the study area (listed, not imported). */
  unknown: string[];
  /** Features without a code, or whose geometry is not a valid polygon (by position in the file, from 1). */
  invalid: { feature: number; code: string | null }[];
}

/**
 * Reads a GeoJSON FeatureCollection of commune contours (geo.api.gouv.fr /
 * IGN ADMIN EXPRESS shape: INSEE `code` and `nom` in properties). Returns
 * null when the document is not a FeatureCollection at all.
 */
export function readContours(document: unknown, studyArea: ReadonlySet<string>): ContourReport | null {
  if (typeof document !== 'object' || document === null) return null;
  const { type, features } = document as { type?: unknown; features?: unknown };
  if (type !== 'FeatureCollection' || !Array.isArray(features)) return null;
  const report: ContourReport = { accepted: [], unknown: [], invalid: [] };
  features.forEach((feature: unknown, index) => {
    const properties = (feature as { properties?: Record<string, unknown> } | null)?.properties;
    const code = typeof properties?.['code'] === 'string' ? properties['code'] : null;
    const geometry = (feature as { geometry?: unknown } | null)?.geometry;
    if (!code || !isCommuneGeometry(geometry)) return void report.invalid.push({ feature: index + 1, code });
    if (!studyArea.has(code)) return void report.unknown.push(code);
    const rounded = roundGeometry(geometry);
    const centroid = geometryCentroid(rounded);
    if (!centroid) return void report.invalid.push({ feature: index + 1, code });
    report.accepted.push({ code, geometry: rounded, longitude: centroid[0], latitude: centroid[1] });
  });
  return report;
}
