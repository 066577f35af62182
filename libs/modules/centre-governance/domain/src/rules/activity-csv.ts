import Papa from 'papaparse';
import { parseEuros } from './contributions';
import { activityIssues, FTE_PROFESSIONS, isMonth, type FteByProfession, type MonthlyActivity } from './activity';

/**
 * Columns of the activity file, French names first (the file officers keep),
 * English accepted. Separator `;` or `,`, decimal comma or point, UTF-8.
 */
export const ACTIVITY_CSV_COLUMNS = {
  site: ['site'],
  month: ['mois', 'month'],
  consultations: ['consultations'],
  unscheduledConsultations: ['consultations_non_programmees', 'unscheduled_consultations'],
  homeVisits: ['visites_domicile', 'home_visits'],
  activePatients: ['patients_actifs', 'active_patients'],
  referringDoctorPatients: ['declarations_medecin_traitant', 'referring_doctor_patients'],
  feeRevenue: ['honoraires_euros', 'fee_revenue_euros'],
} as const;

/** FTE columns: `etp_<profession>` (e.g. `etp_general-practitioner`, decimal FTE). */
export const fteColumn = (profession: string) => `etp_${profession}`;

export interface ActivityCsvRow extends MonthlyActivity {
  line: number;
  site: string;
}

export interface ActivityCsvIssue {
  line: number;
  column: string;
  code: 'missingColumn' | 'required' | 'month' | 'integer' | 'amount' | 'fte' | 'duplicate' | 'unscheduledOverTotal' | 'referringOverActive';
}

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '_');

/**
 * Reads an activity file: one line per site and month. Returns every valid
 * row, or the issues (line, column) when any line is wrong; the caller then
 * imports nothing, so that an import is never half applied.
 */
export function parseActivityCsv(text: string): { rows: ActivityCsvRow[]; issues: ActivityCsvIssue[] } {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: 'greedy', transformHeader: normalise, delimitersToGuess: [';', ',', '\t'] });
  const headers = parsed.meta.fields ?? [];
  const columnOf = (names: readonly string[]) => names.find((name) => headers.includes(name));
  const issues: ActivityCsvIssue[] = [];
  const columns = Object.fromEntries(Object.entries(ACTIVITY_CSV_COLUMNS).map(([key, names]) => [key, columnOf(names)])) as Record<keyof typeof ACTIVITY_CSV_COLUMNS, string | undefined>;
  for (const [key, column] of Object.entries(columns)) if (!column) issues.push({ line: 1, column: ACTIVITY_CSV_COLUMNS[key as keyof typeof ACTIVITY_CSV_COLUMNS][0], code: 'missingColumn' });
  if (issues.length > 0) return { rows: [], issues };

  const rows: ActivityCsvRow[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((record, index) => {
    const line = index + 2;
    const issuesBefore = issues.length;
    const cell = (column: string) => (record[column] ?? '').trim();
    const integer = (column: string) => {
      const value = cell(column).replace(/[\s\u00a0\u202f]/g, '');
      if (!/^\d{1,9}$/.test(value)) {
        issues.push({ line, column, code: value === '' ? 'required' : 'integer' });
        return 0;
      }
      return Number(value);
    };
    const site = cell(columns.site as string);
    if (site === '') issues.push({ line, column: columns.site as string, code: 'required' });
    const month = cell(columns.month as string);
    if (!isMonth(month)) issues.push({ line, column: columns.month as string, code: 'month' });
    const fee = parseEuros(cell(columns.feeRevenue as string));
    if (fee === null || fee < 0) issues.push({ line, column: columns.feeRevenue as string, code: 'amount' });
    const fte: FteByProfession = {};
    for (const profession of FTE_PROFESSIONS) {
      const column = fteColumn(profession);
      if (!headers.includes(column) || cell(column) === '') continue;
      const value = Number(cell(column).replace(',', '.'));
      if (!Number.isFinite(value) || value < 0 || value > 500) issues.push({ line, column, code: 'fte' });
      else fte[profession] = Math.round(value * 100);
    }
    const row: ActivityCsvRow = {
      line,
      site,
      month,
      consultations: integer(columns.consultations as string),
      unscheduledConsultations: integer(columns.unscheduledConsultations as string),
      homeVisits: integer(columns.homeVisits as string),
      activePatients: integer(columns.activePatients as string),
      referringDoctorPatients: integer(columns.referringDoctorPatients as string),
      feeRevenueCents: fee ?? 0,
      fte,
    };
    // Figures compared with each other only once each of them is readable.
    if (issues.length === issuesBefore) for (const issue of activityIssues(row)) issues.push({ line, column: issue.field === 'unscheduledConsultations' ? (columns.unscheduledConsultations as string) : (columns.referringDoctorPatients as string), code: issue.code as ActivityCsvIssue['code'] });
    const key = `${site.toLowerCase()}|${month}`;
    if (seen.has(key)) issues.push({ line, column: columns.month as string, code: 'duplicate' });
    seen.add(key);
    rows.push(row);
  });
  return issues.length > 0 ? { rows: [], issues } : { rows, issues: [] };
}
