import type { SeededRandom } from './seeded-random';

export interface WeightedPicker<T> {
  readonly size: number;
  readonly totalWeight: number;
  pick(random: SeededRandom): T;
}

/** Draws items in proportion to their weight (cumulative table + binary search); zero weights are never drawn. */
export function weightedPicker<T>(items: readonly T[], weight: (item: T, index: number) => number): WeightedPicker<T> {
  const kept: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [index, item] of items.entries()) {
    const w = weight(item, index);
    if (!(w > 0)) continue;
    total += w;
    kept.push(item);
    cumulative.push(total);
  }
  return {
    size: kept.length,
    totalWeight: total,
    pick(random) {
      if (kept.length === 0) throw new RangeError('Cannot pick from an empty weighted list');
      const target = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] as number) > target) high = middle;
        else low = middle + 1;
      }
      return kept[low] as T;
    },
  };
}
