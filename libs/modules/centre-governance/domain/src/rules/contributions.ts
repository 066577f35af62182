/** Money is always integer cents. */

/**
 * Splits `totalCents` by shares (basis points, weights…) so that the parts add
 * up exactly to the total: each part is the floor of its exact share, and the
 * cents left go to the largest remainders (ties: the earlier share).
 */
export function splitByShares(totalCents: number, shares: readonly number[]): number[] {
  const weight = shares.reduce((sum, share) => sum + share, 0);
  if (weight === 0) return shares.map(() => 0);
  const exact = shares.map((share) => (totalCents * share) / weight);
  const parts = exact.map((value) => Math.floor(value));
  let left = totalCents - parts.reduce((sum, part) => sum + part, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

export interface MemberBalance {
  /** What the member owes for the year (cash contributions). */
  dueCents: number;
  /** Calls for funds issued to the member. */
  calledCents: number;
  paidCents: number;
  /** Called and not yet paid. */
  outstandingCents: number;
  /** Owed and not yet called. */
  toCallCents: number;
  /** Paid beyond the calls (accepted with a note). */
  overpaidCents: number;
}

export function memberBalance({ dueCents, calledCents, paidCents }: { dueCents: number; calledCents: number; paidCents: number }): MemberBalance {
  return {
    dueCents,
    calledCents,
    paidCents,
    outstandingCents: Math.max(0, calledCents - paidCents),
    toCallCents: Math.max(0, dueCents - calledCents),
    overpaidCents: Math.max(0, paidCents - calledCents),
  };
}

/**
 * A payment takes a call to at most its amount; beyond it (a member paying in
 * advance or by mistake) only with a note explaining why.
 */
export function paymentRefusal(call: { amountCents: number; paidCents: number }, payment: { amountCents: number; note: string }): null | 'overCall' {
  if (call.paidCents + payment.amountCents <= call.amountCents) return null;
  return payment.note.trim() === '' ? 'overCall' : null;
}

/** "1 234,56", "1234.5", "1 234 €" → cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [units = '0', decimals = ''] = cleaned.replace('-', '').split('.');
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  return cleaned.startsWith('-') ? -cents : cents;
}
