import type { DecayBand, TravelModel } from './accessibility.types';

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;
export const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Haversine distance between two points given in radians with the cosine of
 * their latitude precomputed. Symmetric bit for bit (absolute differences, a
 * commutative product), so a pair's time is the same whichever end is asked.
 */
export function greatCircleKm(latA: number, lonA: number, cosLatA: number, latB: number, lonB: number, cosLatB: number): number {
  const sinHalfLat = Math.sin(Math.abs(latB - latA) / 2);
  const sinHalfLon = Math.sin(Math.abs(lonB - lonA) / 2);
  const haversine = sinHalfLat * sinHalfLat + cosLatA * cosLatB * sinHalfLon * sinHalfLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, haversine)));
}

export function minutesForKm(km: number, travel: TravelModel): number {
  return (km * travel.detourFactor * 60) / travel.speedKmh;
}

/** Estimated road time in minutes between two centroids (WGS84 degrees). */
export function travelMinutes(a: { lon: number; lat: number }, b: { lon: number; lat: number }, travel: TravelModel): number {
  const latA = a.lat * RADIANS_PER_DEGREE;
  const latB = b.lat * RADIANS_PER_DEGREE;
  const km = greatCircleKm(latA, a.lon * RADIANS_PER_DEGREE, Math.cos(latA), latB, b.lon * RADIANS_PER_DEGREE, Math.cos(latB));
  return minutesForKm(km, travel);
}

/** Weight of the first band whose limit (inclusive) the time does not exceed; 0 beyond the last band. */
export function decayWeight(minutes: number, bands: readonly DecayBand[]): number {
  for (const band of bands) {
    if (minutes <= band.maxMinutes) return band.weight;
  }
  return 0;
}

/**
 * Great-circle distance (km) beyond which every weight is 0: the limit of the
 * last band that still weighs something, or null when no band does.
 */
export function reachKm(bands: readonly DecayBand[], travel: TravelModel): number | null {
  let reachMinutes: number | null = null;
  for (const band of bands) {
    if (band.weight > 0) reachMinutes = band.maxMinutes;
  }
  return reachMinutes === null ? null : (reachMinutes * travel.speedKmh) / 60 / travel.detourFactor;
}
