import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RPPS_HEADER_2021 } from './rpps-columns';
import { readRppsHeader, splitRppsLine, type RppsColumnIndex } from './rpps-header';
import { readRppsSituation } from './rpps-situation';

const samplePath = join(import.meta.dirname, '../../../../../../../shared/data/rpps/PS_LibreAcces_Personne_activite_sample.txt');
const [headerLine, ...rows] = readFileSync(samplePath, 'utf8').split('\n').filter(Boolean) as [string, ...string[]];

function columnsOf(line: string): RppsColumnIndex {
  const header = readRppsHeader(line);
  if (!header.ok) throw new Error(`missing ${header.missing.join(', ')}`);
  return header.columns;
}

describe('the real RPPS sample', () => {
  const columns = columnsOf(headerLine);
  const highest = Math.max(...Object.values(columns));
  const situations = rows.map((row) => readRppsSituation(splitRppsLine(row), columns, highest));

  it('has the documented 52-column header and every row reads', () => {
    expect(splitRppsLine(headerLine)).toEqual([...RPPS_HEADER_2021]);
    expect(situations).toHaveLength(22);
    expect(situations.every((s) => s.ok)).toBe(true);
  });

  it('reads a salaried row with its site field for field', () => {
    const row = situations[7];
    expect(row).toEqual({
      ok: true,
      situation: {
        nationalId: '0018602292',
        idType: 'adeli',
        lastName: 'MARQUET',
        firstName: 'Vanessa',
        professionCode: '86',
        professionLabel: 'Technicien de laboratoire médical',
        categoryCode: 'C',
        specialtyCode: null,
        specialtyLabel: null,
        mode: 'salaried',
        siret: '48992865500104',
        finess: '010010288',
        structureId: 'F010010288',
        structureName: 'LBM NOVELAB AMBÉRIEU EN BUGEY CABROL',
        postalCode: '01500',
        communeCode: '01004',
        communeLabel: 'Ambérieu-en-Bugey',
        departementCode: null,
        sectorCode: 'SA25',
        sectorLabel: 'Laboratoire de biologie médicale (LBM)',
      },
    });
  });

  it('takes the town from the cedex line when the commune is empty, as in most real rows', () => {
    const row = situations[2];
    expect(row?.ok && row.situation).toMatchObject({ communeCode: null, postalCode: '25300', communeLabel: 'DOUBS', structureName: 'DOUBS OPTIC', mode: 'salaried' });
    const group = situations[9];
    expect(group?.ok && group.situation).toMatchObject({ professionCode: '92', mode: 'liberal', sectorCode: 'SA08', sectorLabel: 'Cabinet de groupe', communeLabel: 'MIONNAY' });
  });

  it('reads an RPPS physician with a specialty', () => {
    const doctor = situations[21];
    expect(doctor?.ok && doctor.situation).toMatchObject({ nationalId: '810106476764', idType: 'rpps', professionCode: '10', specialtyCode: 'SM20', specialtyLabel: 'Gynécologie-obstétrique', mode: 'salaried' });
  });

  it('reads a professional without any address', () => {
    expect(situations[0]?.ok && situations[0].situation).toMatchObject({ professionCode: '71', mode: 'liberal', postalCode: null, communeCode: null, communeLabel: null });
  });
});

describe('readRppsHeader', () => {
  it('tolerates a BOM, CRLF, reordered and added columns', () => {
    const reordered = ['Colonne ajoutée', ...[...RPPS_HEADER_2021].reverse()].join('|');
    const header = readRppsHeader(`\uFEFF${reordered}|\r`);
    expect(header.ok).toBe(true);
    const columns = columnsOf(`${reordered}|`);
    const fields = ['x', ...[...RPPS_HEADER_2021].reverse().map((name) => (name === 'Identifiant PP' ? '10101010101' : name === "Type d'identifiant PP" ? '8' : name === 'Code profession' ? '10' : ''))];
    const read = readRppsSituation(fields, columns, Math.max(...Object.values(columns)));
    expect(read.ok && read.situation).toMatchObject({ nationalId: '810101010101', professionCode: '10' });
  });

  it('names the missing columns', () => {
    const header = readRppsHeader('Identifiant PP|Nom|Prénom|');
    expect(header.ok).toBe(false);
    if (!header.ok) expect(header.missing).toContain('Code profession');
  });

  it('refuses malformed rows with a reason', () => {
    const columns = columnsOf(headerLine);
    const highest = Math.max(...Object.values(columns));
    const base = splitRppsLine(rows[21] as string);
    const withField = (name: keyof RppsColumnIndex, value: string) => base.map((v, i) => (i === columns[name] ? value : v));
    expect(readRppsSituation(base.slice(0, 10), columns, highest)).toEqual({ ok: false, problem: 'tooFewFields' });
    expect(readRppsSituation(withField('identifier', ''), columns, highest)).toEqual({ ok: false, problem: 'missingIdentifier' });
    expect(readRppsSituation(withField('identifierType', '5'), columns, highest)).toEqual({ ok: false, problem: 'unknownIdentifierType' });
    expect(readRppsSituation(withField('professionCode', ''), columns, highest)).toEqual({ ok: false, problem: 'missingProfession' });
    expect(readRppsSituation(withField('communeCode', '5510'), columns, highest)).toEqual({ ok: false, problem: 'invalidCommuneCode' });
    expect(readRppsSituation(withField('postalCode', 'ABCDE'), columns, highest)).toEqual({ ok: false, problem: 'invalidPostalCode' });
  });
});
