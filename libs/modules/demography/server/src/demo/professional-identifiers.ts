import type { DemoDepartement } from './demo-geography';
import { digits } from './demo-structure';
import { shuffleBelow } from './identifier-permutation';

/** Identifier space per (département, profession); larger cohorts would collide. */
const MAX_COHORT_SIZE = 500_000;

/** 11 digits starting with 10, like real RPPS numbers; a bijection of (département, profession, index), so never shared. */
export function rppsNumber(departement: DemoDepartement, professionIndex: number, index: number): string {
  if (index >= MAX_COHORT_SIZE) throw new RangeError(`Too many professionals (${index}) in département ${departement.code} for the demo identifiers`);
  const serial = (departement.ordinal * 10 + professionIndex) * MAX_COHORT_SIZE + index;
  return `10${digits(shuffleBelow(serial, 1_000_000_000), 9)}`;
}

/** 9 characters: département, profession code, then a serial (the third digit of overseas codes goes into the serial). */
export function adeliNumber(departement: DemoDepartement, professionCode: string, index: number): string {
  const overseasDigit = departement.code.length > 2 ? Number(departement.code.slice(2)) : 0;
  const perDigit = departement.code.length > 2 ? 10_000 : 100_000;
  if (index >= perDigit) throw new RangeError(`Too many ADELI professionals (${index}) in département ${departement.code} for the demo identifiers`);
  const serial = overseasDigit * perDigit + index;
  return `${departement.code.slice(0, 2)}${professionCode}${digits(shuffleBelow(serial, 100_000), 5)}`;
}
