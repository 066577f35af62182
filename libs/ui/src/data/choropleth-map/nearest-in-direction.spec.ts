import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './nearest-in-direction';

// Screen coordinates: y grows downwards.
const grid: [number, number][] = [
  [0, 0], [10, 0], [20, 0],
  [0, 10], [10, 10], [20, 10],
  [0, 20], [10, 20], [20, 20],
];

describe('nearestInDirection', () => {
  it('moves to the neighbour straight ahead in each direction', () => {
    expect(nearestInDirection(grid, 4, 'up')).toBe(1);
    expect(nearestInDirection(grid, 4, 'down')).toBe(7);
    expect(nearestInDirection(grid, 4, 'left')).toBe(3);
    expect(nearestInDirection(grid, 4, 'right')).toBe(5);
  });

  it('finds nothing past the edge, even a point barely ahead far to the side', () => {
    expect(nearestInDirection(grid, 2, 'right')).toBeUndefined();
    expect(nearestInDirection(grid, 0, 'up')).toBeUndefined();
    const skewedRow: [number, number][] = [[0, 0], [10, -0.3], [-10, -0.5]];
    expect(nearestInDirection(skewedRow, 0, 'up')).toBeUndefined();
  });

  it('prefers a point ahead over a closer one far to the side', () => {
    const points: [number, number][] = [[0, 0], [2, 9], [12, 1]];
    expect(nearestInDirection(points, 0, 'right')).toBe(2);
    expect(nearestInDirection(points, 0, 'down')).toBe(1);
  });

  it('prefers a close neighbour slightly off the axis over a distant one straight ahead', () => {
    const points: [number, number][] = [[0, 0], [5, 3], [10, 0]];
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
  });
});
