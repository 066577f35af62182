/** A commune reduced to what the catchment model needs: its centroid (WGS84 degrees) and population. */
export interface CommunePoint {
  code: string;
  lon: number;
  lat: number;
  population: number;
}

/** Road time is estimated from the great-circle distance lengthened by a detour factor, driven at a constant speed. */
export interface TravelModel {
  detourFactor: number;
  speedKmh: number;
}

/** Travel times up to `maxMinutes` (inclusive) count with `weight`; beyond the last band they count 0. */
export interface DecayBand {
  maxMinutes: number;
  weight: number;
}

export const DEFAULT_TRAVEL_MODEL: TravelModel = Object.freeze({ detourFactor: 1.3, speedKmh: 60 });

/** The DREES APL decay: full weight up to 10 minutes, then two thirds, then one third up to 20 minutes. */
export const DEFAULT_DECAY_BANDS: DecayBand[] = [
  { maxMinutes: 10, weight: 1 },
  { maxMinutes: 15, weight: 0.66 },
  { maxMinutes: 20, weight: 0.33 },
];

export interface AccessibilityInput {
  communes: readonly CommunePoint[];
  /** Full-time equivalents (weighted headcount) practising in each commune, by commune code. */
  supply: ReadonlyMap<string, number>;
  travel: TravelModel;
  bands: readonly DecayBand[];
}

export type ServiceClass = 'underserved' | 'served';

/** Accessibility is expressed as FTE per 100 000 inhabitants. */
export const PER_INHABITANTS = 100_000;
