/** Professions whose working time (FTE) a site reports each month. */
export const FTE_PROFESSIONS = ['general-practitioner', 'specialist', 'nurse', 'midwife', 'medical-assistant', 'secretary', 'other'] as const;
export type FteProfession = (typeof FTE_PROFESSIONS)[number];

/** FTE in hundredths (0.8 FTE = 80), by profession. */
export type FteByProfession = Partial<Record<FteProfession, number>>;

/** One site's figures for one month ("YYYY-MM"); fee revenue in cents. */
export interface MonthlyActivity {
  month: string;
  consultations: number;
  unscheduledConsultations: number;
  homeVisits: number;
  activePatients: number;
  referringDoctorPatients: number;
  feeRevenueCents: number;
  fte: FteByProfession;
}

export interface ActivitySummary {
  months: number;
  /** Months of the year with no figures (for the ARS report, which needs all twelve). */
  missingMonths: string[];
  consultations: number;
  unscheduledConsultations: number;
  /** Share of unscheduled consultations, in per mille (0 without consultations). */
  unscheduledPerMille: number;
  homeVisits: number;
  /** The last month's count (a stock, not a flow). */
  activePatients: number;
  referringDoctorPatients: number;
  feeRevenueCents: number;
  /** Average fee per consultation or visit, in cents. */
  averageFeeCents: number;
  /** Average FTE over the months reported, in hundredths. */
  averageFte: Record<FteProfession, number>;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isMonth = (value: string) => MONTH.test(value);

export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

/**
 * The year's figures of one or several sites: flows are summed, stocks
 * (active patients, médecin traitant declarations) taken at the last month
 * reported, and FTE averaged over the months reported.
 */
export function summarizeActivity(year: number, rows: readonly MonthlyActivity[]): ActivitySummary {
  const ofYear = rows.filter((row) => row.month.startsWith(`${year}-`));
  const months = [...new Set(ofYear.map((row) => row.month))].sort();
  const sum = (pick: (row: MonthlyActivity) => number) => ofYear.reduce((total, row) => total + pick(row), 0);
  const lastMonth = months.at(-1);
  const lastRows = ofYear.filter((row) => row.month === lastMonth);
  const consultations = sum((row) => row.consultations);
  const unscheduledConsultations = sum((row) => row.unscheduledConsultations);
  const homeVisits = sum((row) => row.homeVisits);
  const feeRevenueCents = sum((row) => row.feeRevenueCents);
  const acts = consultations + homeVisits;
  const averageFte = Object.fromEntries(
    FTE_PROFESSIONS.map((profession) => [profession, months.length === 0 ? 0 : Math.round(sum((row) => row.fte[profession] ?? 0) / months.length)]),
  ) as Record<FteProfession, number>;
  return {
    months: months.length,
    missingMonths: monthsOfYear(year).filter((month) => !months.includes(month)),
    consultations,
    unscheduledConsultations,
    unscheduledPerMille: consultations === 0 ? 0 : Math.round((unscheduledConsultations * 1000) / consultations),
    homeVisits,
    activePatients: lastRows.reduce((total, row) => total + row.activePatients, 0),
    referringDoctorPatients: lastRows.reduce((total, row) => total + row.referringDoctorPatients, 0),
    feeRevenueCents,
    averageFeeCents: acts === 0 ? 0 : Math.round(feeRevenueCents / acts),
    averageFte,
  };
}

/** The figures of a month that contradict each other; empty when they hold together. */
export function activityIssues(row: MonthlyActivity): { field: keyof MonthlyActivity; code: string }[] {
  const issues: { field: keyof MonthlyActivity; code: string }[] = [];
  if (row.unscheduledConsultations > row.consultations) issues.push({ field: 'unscheduledConsultations', code: 'unscheduledOverTotal' });
  if (row.referringDoctorPatients > row.activePatients) issues.push({ field: 'referringDoctorPatients', code: 'referringOverActive' });
  return issues;
}
