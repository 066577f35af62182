/** A deterministic stream of pseudo-random numbers; the same seed always yields the same stream. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: a tiny 32-bit generator, fast and good enough for fictitious data (never for secrets). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes integers into one 32-bit seed (MurmurHash3 finaliser on each step), so that every
 * entity — a professional, a structure — gets its own stream from its own key, whatever
 * else is generated before it.
 */
export function mixSeed(...parts: readonly number[]): number {
  let hash = 0x9e3779b9;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash >>> 0;
}

export function seededRandom(...parts: readonly number[]): SeededRandom {
  const next = mulberry32(mixSeed(...parts));
  return {
    next,
    int: (max) => Math.floor(next() * max),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/** A float in [0, 1) fixed by the key alone: for yes/no traits of a place or a structure. */
export function unitHash(...parts: readonly number[]): number {
  return mixSeed(...parts) / 4294967296;
}
