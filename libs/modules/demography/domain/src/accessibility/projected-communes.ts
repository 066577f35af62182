import type { CommunePoint, DecayBand, TravelModel } from './accessibility.types';
import { RADIANS_PER_DEGREE, decayWeight, greatCircleKm, minutesForKm } from './travel-time';

/** Centroids in the forms the distance kernel reads, computed once per commune. */
export interface ProjectedCommunes {
  latDegrees: Float64Array;
  lonDegrees: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  cosLat: Float64Array;
}

export function projectCommunes(communes: readonly CommunePoint[]): ProjectedCommunes {
  const count = communes.length;
  const projected: ProjectedCommunes = {
    latDegrees: new Float64Array(count),
    lonDegrees: new Float64Array(count),
    lat: new Float64Array(count),
    lon: new Float64Array(count),
    cosLat: new Float64Array(count),
  };
  communes.forEach((commune, index) => {
    const lat = commune.lat * RADIANS_PER_DEGREE;
    projected.latDegrees[index] = commune.lat;
    projected.lonDegrees[index] = commune.lon;
    projected.lat[index] = lat;
    projected.lon[index] = commune.lon * RADIANS_PER_DEGREE;
    projected.cosLat[index] = Math.cos(lat);
  });
  return projected;
}

/** The decay weight between two communes, computed exactly as `travelMinutes` then `decayWeight` would. */
export function pairWeight(projected: ProjectedCommunes, a: number, b: number, travel: TravelModel, bands: readonly DecayBand[]): number {
  const { lat, lon, cosLat } = projected;
  const km = greatCircleKm(lat[a] ?? 0, lon[a] ?? 0, cosLat[a] ?? 0, lat[b] ?? 0, lon[b] ?? 0, cosLat[b] ?? 0);
  return decayWeight(minutesForKm(km, travel), bands);
}
