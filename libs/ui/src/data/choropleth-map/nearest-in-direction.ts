const MAX_ACROSS_PER_ALONG = 2;

export type Direction = 'up' | 'down' | 'left' | 'right';

// Screen directions: y grows downwards.
const unitVectors: Record<Direction, readonly [number, number]> = { right: [1, 0], left: [-1, 0], down: [0, 1], up: [0, -1] };

/**
 * The index of the point reached by moving from `points[from]` in `direction`:
 * among the points ahead (less than about 63° off the axis), the one with the
 * smallest distance / cos(angle off the axis), so a neighbour straight ahead wins
 * over a closer one far to the side. `undefined` when nothing lies ahead.
 */
export function nearestInDirection(points: readonly (readonly [number, number])[], from: number, direction: Direction): number | undefined {
  const origin = points[from];
  if (!origin) return undefined;
  const [dx, dy] = unitVectors[direction];
  let best: number | undefined;
  let bestScore = Infinity;
  points.forEach(([x, y], index) => {
    const along = (x - origin[0]) * dx + (y - origin[1]) * dy;
    const across = (x - origin[0]) * dy - (y - origin[1]) * dx;
    // A point barely ahead but far to the side belongs to another direction.
    if (index === from || along <= 0 || Math.abs(across) > MAX_ACROSS_PER_ALONG * along) return;
    const score = (along * along + across * across) / along;
    if (score < bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
