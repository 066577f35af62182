import { SEQUENTIAL_PALETTE, quantileClasses, type ChoroplethClass } from '@ancrage/ui';

/**
 * Densities: most rural communes have no practitioner at all, so "none" is a
 * class of its own (the lightest colour), and the other communes are split into
 * four classes of about as many communes each.
 */
export function densityClasses(values: Iterable<number | null>, noneLabel: string): ChoroplethClass[] {
  const all = [...values].filter((value): value is number => value !== null);
  const positive = quantileClasses(
    all.filter((value) => value > 0),
    4,
    SEQUENTIAL_PALETTE.slice(1),
  );
  return all.some((value) => value <= 0) ? [{ upTo: 0, color: SEQUENTIAL_PALETTE[0] ?? '', label: noneLabel }, ...positive] : positive;
}

/**
 * Accessibility against the under-served threshold: far below (under half of
 * it), below, at or above. A commune is under-served strictly below the
 * threshold, while a class holds values up to its bound: the middle bound sits
 * just under the threshold.
 */
export function accessibilityClasses(threshold: number, labels: { farBelow: string; below: string; above: string }): ChoroplethClass[] {
  const justBelow = threshold * (1 - 1e-12);
  return [
    { upTo: threshold / 2, color: SEQUENTIAL_PALETTE[0] ?? '', label: labels.farBelow },
    { upTo: justBelow, color: SEQUENTIAL_PALETTE[2] ?? '', label: labels.below },
    { upTo: Number.POSITIVE_INFINITY, color: SEQUENTIAL_PALETTE[4] ?? '', label: labels.above },
  ];
}

/** Red for losses, grey for no change, blue for gains: each contrasts at least 4.5:1 with white. */
export const EVOLUTION_COLORS = { loss: '#b2182b', stable: '#595959', gain: '#2166ac' } as const;

/** Net change of headcount (whole numbers): lost, unchanged, gained. */
export function evolutionClasses(labels: { loss: string; stable: string; gain: string }): ChoroplethClass[] {
  return [
    { upTo: -0.5, color: EVOLUTION_COLORS.loss, label: labels.loss },
    { upTo: 0.5, color: EVOLUTION_COLORS.stable, label: labels.stable },
    { upTo: Number.POSITIVE_INFINITY, color: EVOLUTION_COLORS.gain, label: labels.gain },
  ];
}
