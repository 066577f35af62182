import { RPPS_COLUMNS, RPPS_SEPARATOR, type RppsField } from './rpps-columns';

export type RppsColumnIndex = Record<RppsField, number>;

export type RppsHeaderResult = { ok: true; columns: RppsColumnIndex } | { ok: false; missing: string[] };

/** Splits one line of the extract: unquoted, `|`-separated, with a trailing `|` and maybe CRLF. */
export function splitRppsLine(line: string): string[] {
  let end = line.length;
  if (line.charCodeAt(end - 1) === 13) end--;
  if (line.charCodeAt(end - 1) === 124) end--;
  return line.slice(0, end).split(RPPS_SEPARATOR);
}

/** Finds each needed column by name; lists the missing ones so the import can refuse the file before writing. */
export function readRppsHeader(line: string): RppsHeaderResult {
  const names = splitRppsLine(line.replace(/^\uFEFF/, '')).map((name) => name.trim());
  const position = new Map(names.map((name, index) => [name, index]));
  const columns = {} as RppsColumnIndex;
  const missing: string[] = [];
  for (const [field, name] of Object.entries(RPPS_COLUMNS) as [RppsField, string][]) {
    const index = position.get(name);
    if (index === undefined) missing.push(name);
    else columns[field] = index;
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, columns };
}
