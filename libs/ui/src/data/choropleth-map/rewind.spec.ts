import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewindForD3 } from './rewind';

const counterClockwise: Position[] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
const clockwise = [...counterClockwise].reverse();
const holeCounterClockwise: Position[] = [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]];
const holeClockwise = [...holeCounterClockwise].reverse();

describe('rewindForD3', () => {
  it('turns RFC 7946 polygons into clockwise exteriors with counter-clockwise holes', () => {
    expect(rewindForD3({ type: 'Polygon', coordinates: [counterClockwise, holeClockwise] })).toEqual({ type: 'Polygon', coordinates: [clockwise, holeCounterClockwise] });
  });

  it('leaves d3-wound polygons alone and mends rings wound inconsistently, part by part', () => {
    expect(rewindForD3({ type: 'Polygon', coordinates: [clockwise, holeCounterClockwise] })).toEqual({ type: 'Polygon', coordinates: [clockwise, holeCounterClockwise] });
    expect(rewindForD3({ type: 'MultiPolygon', coordinates: [[counterClockwise, holeCounterClockwise], [clockwise]] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [[clockwise, holeCounterClockwise], [clockwise]],
    });
  });
});
