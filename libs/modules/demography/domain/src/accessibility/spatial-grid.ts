import { EARTH_RADIUS_KM, RADIANS_PER_DEGREE } from './travel-time';

/** Slack on the reach so that rounding never hides a pair that the exact time test would keep. */
const RELATIVE_SLACK = 1e-9;
const ABSOLUTE_SLACK_RADIANS = 1e-12;
/** Smallest cell side (about 11 m), which keeps cell keys exact integers even for a zero reach. */
const MIN_CELL_DEGREES = 1e-4;
const MAX_COLUMNS = Math.ceil(360 / MIN_CELL_DEGREES) + 1;

/**
 * Points bucketed in cells: rows of equal latitude height (the reach), each
 * row cut in longitude cells as wide as the reach spans at the row's most
 * poleward latitude, so that a point's neighbours lie in at most three rows
 * and, in each row, a few adjacent cells.
 */
export interface SpatialGrid {
  readonly reachRadians: number;
  readonly reachDegrees: number;
  readonly rowHeight: number;
  readonly rowCount: number;
  readonly cells: ReadonlyMap<number, readonly number[]>;
}

/**
 * The largest longitude difference (degrees) between a point at latitude
 * `absLatDegrees` and any point within `reachRadians` of it: asin(sin δ / cos φ)
 * for a spherical cap that does not contain a pole, every longitude otherwise.
 */
export function longitudeHalfSpan(absLatDegrees: number, reachRadians: number): number {
  const lat = absLatDegrees * RADIANS_PER_DEGREE;
  if (reachRadians + lat >= Math.PI / 2) return 180;
  const ratio = Math.sin(reachRadians) / Math.cos(lat);
  if (!(ratio < 1)) return 180;
  return Math.min(180, (Math.asin(ratio) / RADIANS_PER_DEGREE) * (1 + RELATIVE_SLACK));
}

/** Whether a point lies in the latitude/longitude box that holds every point within the reach (`halfSpan` from `longitudeHalfSpan`). */
export function withinBox(grid: SpatialGrid, lat: number, lon: number, halfSpan: number, otherLat: number, otherLon: number): boolean {
  if (Math.abs(otherLat - lat) > grid.reachDegrees) return false;
  const lonDifference = Math.abs(otherLon - lon);
  return Math.min(lonDifference, 360 - lonDifference) <= halfSpan;
}

function rowOf(grid: Pick<SpatialGrid, 'rowHeight' | 'rowCount'>, latDegrees: number): number {
  return Math.min(grid.rowCount - 1, Math.max(0, Math.floor((latDegrees + 90) / grid.rowHeight)));
}

function columnWidth(grid: Omit<SpatialGrid, 'cells'>, row: number): number {
  const south = -90 + row * grid.rowHeight;
  const poleward = Math.min(90, Math.max(Math.abs(south), Math.abs(south + grid.rowHeight)));
  const halfSpan = longitudeHalfSpan(poleward, grid.reachRadians);
  return halfSpan >= 180 ? 360 : Math.max(MIN_CELL_DEGREES, halfSpan);
}

function columnOf(width: number, columnCount: number, lonDegrees: number): number {
  return Math.min(columnCount - 1, Math.max(0, Math.floor((lonDegrees + 180) / width)));
}

export function buildSpatialGrid(latDegrees: Float64Array, lonDegrees: Float64Array, reachKm: number): SpatialGrid {
  const reachRadians = (reachKm / EARTH_RADIUS_KM) * (1 + RELATIVE_SLACK) + ABSOLUTE_SLACK_RADIANS;
  const reachDegrees = reachRadians / RADIANS_PER_DEGREE;
  const rowHeight = Math.min(180, Math.max(MIN_CELL_DEGREES, reachDegrees));
  const shape = { reachRadians, reachDegrees, rowHeight, rowCount: Math.ceil(180 / rowHeight) };
  const cells = new Map<number, number[]>();
  for (let index = 0; index < latDegrees.length; index++) {
    const row = rowOf(shape, latDegrees[index] ?? 0);
    const width = columnWidth(shape, row);
    const key = row * MAX_COLUMNS + columnOf(width, Math.ceil(360 / width), lonDegrees[index] ?? 0);
    const cell = cells.get(key);
    if (cell) cell.push(index);
    else cells.set(key, [index]);
  }
  return { ...shape, cells };
}

/** Column intervals of one row that cover [lon − halfSpan, lon + halfSpan], wrapping at ±180°, without overlap. */
function columnIntervals(width: number, lonDegrees: number, halfSpan: number): [number, number][] {
  const columnCount = Math.ceil(360 / width);
  const all: [number, number][] = [[0, columnCount - 1]];
  if (halfSpan >= 180) return all;
  const west = lonDegrees - halfSpan;
  const east = lonDegrees + halfSpan;
  const first = columnOf(width, columnCount, Math.max(-180, west));
  const last = columnOf(width, columnCount, Math.min(180, east));
  if (west < -180) {
    const wrapped = columnOf(width, columnCount, west + 360);
    return wrapped <= last ? all : [[first, last], [wrapped, columnCount - 1]];
  }
  if (east > 180) {
    const wrapped = columnOf(width, columnCount, east - 360);
    return wrapped >= first ? all : [[0, wrapped], [first, last]];
  }
  return [[first, last]];
}

/** The cells that may hold a point within the reach of (lat, lon); each cell at most once. */
export function candidateCells(grid: SpatialGrid, latDegrees: number, lonDegrees: number, halfSpan: number): (readonly number[])[] {
  const found: (readonly number[])[] = [];
  const lastRow = rowOf(grid, latDegrees + grid.reachDegrees);
  for (let row = rowOf(grid, latDegrees - grid.reachDegrees); row <= lastRow; row++) {
    for (const [first, last] of columnIntervals(columnWidth(grid, row), lonDegrees, halfSpan)) {
      for (let column = first; column <= last; column++) {
        const cell = grid.cells.get(row * MAX_COLUMNS + column);
        if (cell) found.push(cell);
      }
    }
  }
  return found;
}
