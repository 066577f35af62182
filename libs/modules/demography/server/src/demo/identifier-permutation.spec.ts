import { describe, expect, it } from 'vitest';
import { shuffleBelow } from './identifier-permutation';

describe('shuffleBelow', () => {
  it('is a permutation of [0, limit)', () => {
    for (const limit of [1000, 100_000]) {
      const outputs = new Set(Array.from({ length: limit }, (_, value) => shuffleBelow(value, limit)));
      expect(outputs.size).toBe(limit);
      expect(Math.max(...outputs)).toBe(limit - 1);
    }
  });

  it('makes consecutive serial numbers look unrelated', () => {
    const outputs = Array.from({ length: 50 }, (_, value) => shuffleBelow(1_000 + value, 1_000_000_000));
    const steps = new Set(outputs.slice(1).map((output, index) => output - (outputs[index] as number)));
    expect(steps.size).toBeGreaterThan(45);
  });

  it('refuses values outside the range', () => {
    expect(() => shuffleBelow(1000, 1000)).toThrow();
    expect(() => shuffleBelow(-1, 1000)).toThrow();
  });
});
