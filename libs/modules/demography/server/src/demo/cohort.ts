import { seededRandom } from './seeded-random';
import { STREAM } from './stream-tags';

/** Yearly arrivals as a share of the expected headcount; departures (retirements + early leaves) balance them on average. */
const ARRIVAL_RATE = 0.041;
const EARLY_LEAVE_RATE = 0.015;
const CAREER_YEARS = { min: 33, spread: 11 };

export interface CohortKey {
  seed: number;
  departementOrdinal: number;
  professionIndex: number;
}

/**
 * The professionals of one profession in one département, numbered 0, 1, 2…: the first
 * `initialCount` practise in edition 0; each later edition appends its newcomers. Everything
 * follows from the key, so edition n is generated without edition n - 1.
 */
export interface Cohort {
  initialCount: number;
  /** How many indices exist up to this edition (departed ones included). */
  sizeAt(edition: number): number;
  /** The edition a professional appears in (0 for the initial ones). */
  arrivalOf(index: number): number;
}

export function cohort(key: CohortKey, expectedCount: number): Cohort {
  const initialCount = stochasticRound(expectedCount, key, 0);
  const sizes = [initialCount];
  const sizeAt = (edition: number) => {
    for (let e = sizes.length; e <= edition; e++) {
      const arrivals = stochasticRound(expectedCount * ARRIVAL_RATE * (0.85 + 0.3 * seededRandom(key.seed, STREAM.arrivalsJitter, key.departementOrdinal, key.professionIndex, e).next()), key, e);
      sizes.push((sizes[e - 1] as number) + arrivals);
    }
    return sizes[edition] as number;
  };
  return {
    initialCount,
    sizeAt,
    arrivalOf(index) {
      let edition = 0;
      while (index >= sizeAt(edition)) edition++;
      return edition;
    },
  };
}

/** Rounds up with a probability equal to the fraction, so that small expected counts are right on average. */
function stochasticRound(value: number, key: CohortKey, edition: number): number {
  const whole = Math.floor(value);
  return whole + (seededRandom(key.seed, STREAM.cohortRounding, key.departementOrdinal, key.professionIndex, edition).next() < value - whole ? 1 : 0);
}

/**
 * The first edition a professional no longer appears in: retirement after a 33–43 year career
 * (so the oldest leave first), or an earlier move away (1.5 % a year).
 */
export function departureOf(key: CohortKey, index: number, arrival: number): number {
  const random = seededRandom(key.seed, STREAM.career, key.departementOrdinal, key.professionIndex, index);
  const careerYears = CAREER_YEARS.min + random.next() * CAREER_YEARS.spread;
  const yearsAlreadyPractised = arrival === 0 ? random.next() * careerYears : 0;
  const retirement = arrival + Math.max(1, Math.ceil(careerYears - yearsAlreadyPractised));
  const earlyLeave = arrival + 1 + Math.floor(Math.log(1 - random.next()) / Math.log(1 - EARLY_LEAVE_RATE));
  return Math.min(retirement, earlyLeave);
}
