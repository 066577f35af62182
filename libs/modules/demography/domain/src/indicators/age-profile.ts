export const RETIREMENT_AGE = 67;

export interface AgeProfile {
  /** Professionals whose birth year is known. */
  known: number;
  unknown: number;
  agedSixtyOrMore: number;
  /** Share of the known aged 60 or more, 0–1; null when no age is known. */
  shareSixtyOrMore: number | null;
  /** Known professionals reaching 67 within 5 and 10 years of the reference year (those already past it included). */
  departuresWithin5Years: number;
  departuresWithin10Years: number;
}

/** Age structure of professionals from their birth years (null when unknown), at a reference year. */
export function ageProfile(birthYears: readonly (number | null)[], referenceYear: number): AgeProfile {
  const known = birthYears.filter((year): year is number => year !== null);
  const ageOf = (year: number) => referenceYear - year;
  const agedSixtyOrMore = known.filter((year) => ageOf(year) >= 60).length;
  return {
    known: known.length,
    unknown: birthYears.length - known.length,
    agedSixtyOrMore,
    shareSixtyOrMore: known.length > 0 ? agedSixtyOrMore / known.length : null,
    departuresWithin5Years: known.filter((year) => ageOf(year) + 5 >= RETIREMENT_AGE).length,
    departuresWithin10Years: known.filter((year) => ageOf(year) + 10 >= RETIREMENT_AGE).length,
  };
}
