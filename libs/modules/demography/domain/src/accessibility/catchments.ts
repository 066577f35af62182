import type { DecayBand, TravelModel } from './accessibility.types';
import { PairList } from './pair-list';
import { pairWeight, type ProjectedCommunes } from './projected-communes';
import { buildSpatialGrid, candidateCells, longitudeHalfSpan, withinBox } from './spatial-grid';
import { decayWeight, reachKm } from './travel-time';

/**
 * Every commune's neighbours (itself included) with a positive decay weight,
 * in compressed rows: the neighbours of commune i are
 * `neighbours[offsets[i] .. offsets[i + 1])`, in ascending order, so that sums
 * over them add the same terms in the same order as an all-pairs loop.
 */
export interface Catchments {
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Unordered pairs of distinct communes within reach. */
  pairCount: number;
}

/** Pairs (i < j) with a positive weight, ordered by i then j; only pairs from nearby grid cells are measured. */
function pairsWithinReach(projected: ProjectedCommunes, travel: TravelModel, bands: readonly DecayBand[]): PairList {
  const pairs = new PairList();
  const reach = reachKm(bands, travel);
  if (reach === null) return pairs;
  const grid = buildSpatialGrid(projected.latDegrees, projected.lonDegrees, reach);
  const candidates = new Int32Array(projected.lat.length);
  const { latDegrees, lonDegrees } = projected;
  for (let i = 0; i < candidates.length; i++) {
    const lat = latDegrees[i] ?? 0;
    const lon = lonDegrees[i] ?? 0;
    const halfSpan = longitudeHalfSpan(Math.abs(lat), grid.reachRadians);
    let count = 0;
    for (const cell of candidateCells(grid, lat, lon, halfSpan)) {
      for (const j of cell) {
        if (j > i && withinBox(grid, lat, lon, halfSpan, latDegrees[j] ?? 0, lonDegrees[j] ?? 0)) candidates[count++] = j;
      }
    }
    const sorted = candidates.subarray(0, count).sort();
    for (const j of sorted) {
      const weight = pairWeight(projected, i, j, travel, bands);
      if (weight > 0) pairs.push(i, j, weight);
    }
  }
  return pairs;
}

export function buildCatchments(projected: ProjectedCommunes, travel: TravelModel, bands: readonly DecayBand[]): Catchments {
  const count = projected.lat.length;
  const pairs = pairsWithinReach(projected, travel, bands);
  // A commune reaches itself in 0 minutes, hence with the first band's weight.
  const selfWeight = decayWeight(0, bands);
  const self = selfWeight > 0 ? 1 : 0;
  const lowerCount = new Int32Array(count);
  const upperCount = new Int32Array(count);
  for (let p = 0; p < pairs.length; p++) {
    const first = pairs.first[p] ?? 0;
    const second = pairs.second[p] ?? 0;
    upperCount[first] = (upperCount[first] ?? 0) + 1;
    lowerCount[second] = (lowerCount[second] ?? 0) + 1;
  }
  const offsets = new Int32Array(count + 1);
  const lowerCursor = new Int32Array(count);
  const upperCursor = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const start = offsets[i] ?? 0;
    lowerCursor[i] = start;
    upperCursor[i] = start + (lowerCount[i] ?? 0) + self;
    offsets[i + 1] = (upperCursor[i] ?? 0) + (upperCount[i] ?? 0);
  }
  const neighbours = new Int32Array(offsets[count] ?? 0);
  const weights = new Float64Array(neighbours.length);
  if (self) {
    for (let i = 0; i < count; i++) {
      const position = (offsets[i] ?? 0) + (lowerCount[i] ?? 0);
      neighbours[position] = i;
      weights[position] = selfWeight;
    }
  }
  // Pairs come ordered by (first, second): each row receives its lower neighbours, then its upper ones, in ascending order.
  for (let p = 0; p < pairs.length; p++) {
    const first = pairs.first[p] ?? 0;
    const second = pairs.second[p] ?? 0;
    const weight = pairs.weight[p] ?? 0;
    const lower = lowerCursor[second] ?? 0;
    neighbours[lower] = first;
    weights[lower] = weight;
    lowerCursor[second] = lower + 1;
    const upper = upperCursor[first] ?? 0;
    neighbours[upper] = second;
    weights[upper] = weight;
    upperCursor[first] = upper + 1;
  }
  return { offsets, neighbours, weights, pairCount: pairs.length };
}
