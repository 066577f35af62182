/**
 * A fixed shuffle of the integers [0, limit): distinct inputs always give distinct outputs, and
 * consecutive inputs look unrelated (so serial numbers read like real identifiers). Multiplying by
 * an odd number and xor-shifting are both invertible modulo 2^bits; values that land at or beyond
 * `limit` are shuffled again until they fall back inside ("cycle walking").
 */
export function shuffleBelow(value: number, limit: number): number {
  if (!Number.isInteger(value) || value < 0 || value >= limit) throw new RangeError(`${value} is outside [0, ${limit})`);
  const bits = Math.max(8, Math.ceil(Math.log2(limit)));
  const mask = 2 ** bits - 1;
  let x = value;
  do {
    x = Math.imul(x, 0x2c1b3c6d) & mask;
    x ^= x >>> Math.ceil(bits / 2);
    x = Math.imul(x, 0x297a2d39) & mask;
    x ^= x >>> Math.floor(bits / 3);
  } while (x >= limit);
  return x;
}
