/** Practitioners (FTE or headcount) per 100 000 inhabitants; null where nobody lives. */
export function densityPer100k(count: number, population: number): number | null {
  return population > 0 ? (count * 100_000) / population : null;
}

/** Population-weighted mean of per-commune values (communes without value or inhabitants are left out). */
export function populationWeightedMean(rows: readonly { population: number; value: number | null }[]): number | null {
  let weighted = 0;
  let population = 0;
  for (const row of rows) {
    if (row.value === null || row.population <= 0) continue;
    weighted += row.value * row.population;
    population += row.population;
  }
  return population > 0 ? weighted / population : null;
}

/** Counts below the secrecy threshold are hidden on the public portal (statistical secrecy); 0 is not secret. */
export function withSecrecy(count: number, threshold: number): number | null {
  return count > 0 && count < threshold ? null : count;
}
