/** One class of a choropleth: values up to `upTo` (and above the previous class) take `color`. */
export interface ChoroplethClass {
  upTo: number;
  color: string;
  /** Legend text; "up to 5", "over 5 to 10"… by default. */
  label?: string;
}

/**
 * A sequential palette from light to dark, sampled from viridis (readable with
 * every common colour-vision deficiency). Every colour contrasts at least 3:1
 * with white, so areas and legend swatches stand out from the page (WCAG 1.4.11).
 */
export const SEQUENTIAL_PALETTE: readonly string[] = ['#1f9e89', '#2a788e', '#3b528b', '#482475', '#440154'];

/** The class a value falls in; values above the last threshold join the last class. */
export function classFor(value: number, classes: readonly ChoroplethClass[]): ChoroplethClass | undefined {
  return classes.find((candidate) => value <= candidate.upTo) ?? classes.at(-1);
}

/**
 * Classes holding about as many values each (quantiles, thresholds taken among
 * the values themselves). Fewer classes come out when values repeat; `count` is
 * capped at the palette's length; no value, no class. Colours are spread over the palette.
 */
export function quantileClasses(values: Iterable<number | null>, count: number, palette: readonly string[] = SEQUENTIAL_PALETTE): ChoroplethClass[] {
  const sorted = [...values].filter((value): value is number => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  const classCount = Math.min(Math.max(1, Math.floor(count)), palette.length);
  if (sorted.length === 0 || classCount === 0) return [];
  const thresholds = new Set<number>();
  for (let rank = 1; rank <= classCount; rank++) {
    thresholds.add(sorted[Math.ceil((rank / classCount) * sorted.length) - 1] ?? 0);
  }
  const upTos = [...thresholds];
  return upTos.map((upTo, index) => {
    const paletteIndex = upTos.length === 1 ? palette.length - 1 : Math.round((index * (palette.length - 1)) / (upTos.length - 1));
    return { upTo, color: palette[paletteIndex] ?? '' };
  });
}
