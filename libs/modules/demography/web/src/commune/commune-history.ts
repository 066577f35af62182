/** One row of the commune query's history: a profession at a snapshot date. */
export interface HistoryEntry {
  extractedOn: string;
  professionCode: string;
  headcount: number;
  fte: number;
}

export interface HistoryRow {
  extractedOn: string;
  /** Headcount by profession code; professions absent at that date count 0. */
  headcounts: Record<string, number>;
}

/** Dates (oldest first) × professions (by code) of headcounts, for a chart and its table. */
export function pivotHistory(entries: readonly HistoryEntry[]): { professions: string[]; rows: HistoryRow[] } {
  const professions = [...new Set(entries.map((entry) => entry.professionCode))].sort();
  const dates = [...new Set(entries.map((entry) => entry.extractedOn))].sort();
  const rows = dates.map((extractedOn) => ({
    extractedOn,
    headcounts: Object.fromEntries(professions.map((code) => [code, entries.find((entry) => entry.extractedOn === extractedOn && entry.professionCode === code)?.headcount ?? 0])),
  }));
  return { professions, rows };
}
