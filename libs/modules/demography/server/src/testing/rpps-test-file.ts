import { RPPS_COLUMNS, RPPS_HEADER_2021, type RppsField } from '@ancrage/demography-domain';

export type TestRow = Partial<Record<RppsField, string>>;

/** One line in the extract's format (52 columns, trailing `|`), with the given fields set. */
export function rppsLine(row: TestRow): string {
  const byName = new Map(Object.entries(row).map(([field, value]) => [RPPS_COLUMNS[field as RppsField] as string, value]));
  return `${RPPS_HEADER_2021.map((name) => byName.get(name) ?? '').join('|')}|`;
}

/** A whole file: the 2021 header, then the rows. */
export function rppsFile(rows: readonly (TestRow | string)[], lineEnd = '\n'): string {
  return [`${RPPS_HEADER_2021.join('|')}|`, ...rows.map((row) => (typeof row === 'string' ? row : rppsLine(row)))].join(lineEnd) + lineEnd;
}

/** A general practitioner (RPPS) at a site. */
export const gp = (id: string, site: TestRow): TestRow => ({
  identifierType: '8',
  identifier: id,
  nationalIdentifier: `8${id}`,
  lastName: `MEDECIN ${id}`,
  firstName: 'Fictif',
  professionCode: '10',
  professionLabel: 'Médecin',
  specialtyCode: 'SM54',
  specialtyLabel: 'Médecine générale',
  modeCode: 'L',
  ...site,
});

export const nurse = (id: string, site: TestRow): TestRow => ({
  identifierType: '8',
  identifier: id,
  nationalIdentifier: `8${id}`,
  lastName: `INFIRMIER ${id}`,
  firstName: 'Fictif',
  professionCode: '60',
  professionLabel: 'Infirmier',
  modeCode: 'S',
  ...site,
});
