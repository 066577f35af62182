import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Test data beside the repository (never read by the product): the real header of the ANS extract.
const SAMPLE = join(import.meta.dirname, '../../../../../shared/data/rpps/PS_LibreAcces_Personne_activite_sample.txt');
export const MEUSE_CONTOURS = join(import.meta.dirname, '../../../../../shared/data/geo/communes-55.geojson');

const header = () =>
  (readFileSync(SAMPLE, 'utf8').split(/\r?\n/)[0] ?? '')
    .replace(/^\uFEFF/, '')
    .split('|')
    .filter((name) => name !== '');

type Row = Record<string, string>;

/** A general practitioner (RPPS identifier) practising at a site of a commune, fictitious. */
export const generalPractitioner = (id: string, communeCode: string, modeCode = 'L'): Row => ({
  "Type d'identifiant PP": '8',
  'Identifiant PP': id,
  'Identification nationale PP': `8${id}`,
  "Nom d'exercice": `MEDECIN-FICTIF ${id.slice(-3)}`,
  "Prénom d'exercice": 'Camille',
  'Code profession': '10',
  'Libellé profession': 'Médecin',
  'Code savoir-faire': 'SM54',
  'Libellé savoir-faire': 'Médecine générale',
  'Code mode exercice': modeCode,
  'Raison sociale site': 'CABINET FICTIF',
  'Code commune (coord. structure)': communeCode,
});

export const nurse = (id: string, communeCode: string): Row => ({
  ...generalPractitioner(id, communeCode, 'S'),
  "Nom d'exercice": `INFIRMIER-FICTIF ${id.slice(-3)}`,
  'Code profession': '60',
  'Libellé profession': 'Infirmier',
  'Code savoir-faire': '',
  'Libellé savoir-faire': '',
});

/** The extract's format: the real header, `|`-separated fields with a trailing `|`, one line per practice situation. */
export function rppsFile(rows: readonly Row[]): Buffer {
  const names = header();
  const line = (row: Row) => `${names.map((name) => row[name] ?? '').join('|')}|`;
  return Buffer.from([`${names.join('|')}|`, ...rows.map(line)].join('\n') + '\n', 'utf8');
}
