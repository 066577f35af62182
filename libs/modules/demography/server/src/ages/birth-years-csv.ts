import Papa from 'papaparse';

export interface BirthYearRow {
  nationalId: string;
  birthYear: number;
}

export interface BirthYearProblem {
  line: number;
  problem: 'missingIdentifier' | 'invalidYear' | 'duplicate';
}

const IDENTIFIER_HEADERS = ['identifiant', 'identification nationale pp', 'rpps', 'identifier'];
const YEAR_HEADERS = ['annee_naissance', 'année de naissance', 'annee', 'birth_year', 'birth year'];

/**
 * Reads a CSV of professional identifier → birth year (`;` or `,`, with a
 * header naming both columns). Returns the rows, or the problems when any
 * line is wrong: such a file is refused as a whole.
 */
export function readBirthYears(text: string, currentYear: number): { ok: true; rows: BirthYearRow[] } | { ok: false; missingColumns: true } | { ok: false; problems: BirthYearProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const fields = parsed.meta.fields ?? [];
  const idColumn = fields.find((f) => IDENTIFIER_HEADERS.includes(f));
  const yearColumn = fields.find((f) => YEAR_HEADERS.includes(f));
  if (!idColumn || !yearColumn) return { ok: false, missingColumns: true };
  const rows: BirthYearRow[] = [];
  const problems: BirthYearProblem[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((record, index) => {
    const line = index + 2;
    const nationalId = (record[idColumn] ?? '').trim();
    const birthYear = Number((record[yearColumn] ?? '').trim());
    if (!nationalId) return void problems.push({ line, problem: 'missingIdentifier' });
    if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > currentYear - 15) return void problems.push({ line, problem: 'invalidYear' });
    if (seen.has(nationalId)) return void problems.push({ line, problem: 'duplicate' });
    seen.add(nationalId);
    rows.push({ nationalId, birthYear });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
