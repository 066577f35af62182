import { describe, expect, it } from 'vitest';
import { classFor, quantileClasses, SEQUENTIAL_PALETTE } from './choropleth-classes';

function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastWithWhite = (hex: string) => 1.05 / (relativeLuminance(hex) + 0.05);

describe('SEQUENTIAL_PALETTE', () => {
  it('contrasts at least 3:1 with white, colour by colour', () => {
    for (const color of SEQUENTIAL_PALETTE) expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(3);
  });

  it('runs from light to dark', () => {
    const luminances = SEQUENTIAL_PALETTE.map(relativeLuminance);
    expect([...luminances].sort((a, b) => b - a)).toEqual(luminances);
  });
});

describe('quantileClasses', () => {
  it('splits the values into classes of about the same size, thresholds taken among the values', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];
    expect(quantileClasses(values, 5)).toEqual([
      { upTo: 2, color: SEQUENTIAL_PALETTE[0] },
      { upTo: 4, color: SEQUENTIAL_PALETTE[1] },
      { upTo: 6, color: SEQUENTIAL_PALETTE[2] },
      { upTo: 8, color: SEQUENTIAL_PALETTE[3] },
      { upTo: 10, color: SEQUENTIAL_PALETTE[4] },
    ]);
  });

  it('merges classes when values repeat and spreads the colours over the palette', () => {
    expect(quantileClasses([0, 0, 0, 0, 3, 3, 7, 7], 4)).toEqual([
      { upTo: 0, color: SEQUENTIAL_PALETTE[0] },
      { upTo: 3, color: SEQUENTIAL_PALETTE[2] },
      { upTo: 7, color: SEQUENTIAL_PALETTE[4] },
    ]);
  });

  it('caps the class count at the palette length and returns no class without values', () => {
    expect(quantileClasses([1, 2, 3, 4], 10, ['#111111', '#222222'])).toEqual([
      { upTo: 2, color: '#111111' },
      { upTo: 4, color: '#222222' },
    ]);
    expect(quantileClasses([null, Number.NaN], 5)).toEqual([]);
  });
});

describe('classFor', () => {
  const classes = [
    { upTo: 10, color: 'light' },
    { upTo: 20, color: 'dark' },
  ];
  it('takes the first class whose threshold holds the value, the last one above all thresholds', () => {
    expect(classFor(-5, classes)?.color).toBe('light');
    expect(classFor(10, classes)?.color).toBe('light');
    expect(classFor(10.5, classes)?.color).toBe('dark');
    expect(classFor(99, classes)?.color).toBe('dark');
  });
});
