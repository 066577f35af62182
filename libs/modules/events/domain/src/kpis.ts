/** Satisfaction survey: number of answers for each score from 1 to 5. */
export function satisfactionSummary(counts: readonly number[]): { respondents: number; average: number | null } {
  const respondents = counts.reduce((sum, count) => sum + count, 0);
  if (respondents === 0) return { respondents, average: null };
  const total = counts.reduce((sum, count, index) => sum + count * (index + 1), 0);
  return { respondents, average: Math.round((total / respondents) * 10) / 10 };
}

export interface FunnelCounts {
  registrations: number;
  confirmed: number;
  attended: number;
  contacts: number;
  projects: number;
}

/** Each stage as a share of the one before (null when the previous stage is empty). */
export function funnelRates(counts: FunnelCounts) {
  const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    attendance: rate(counts.attended, counts.confirmed),
    contact: rate(counts.contacts, counts.attended),
    project: rate(counts.projects, counts.attended),
  };
}
