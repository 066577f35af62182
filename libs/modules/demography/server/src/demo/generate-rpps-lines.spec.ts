import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { RPPS_HEADER_2021, readRppsHeader, readRppsSituation, splitRppsLine, townOfCedexLine, type RppsSituation } from '@ancrage/demography-domain';
import { demoExtractDate, generateRppsLines, type DemoRppsOptions } from './generate-rpps-lines';

interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}

const meuseCommunes = (createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[]).filter(
  (c) => c.departement === '55' && c.type === 'commune-actuelle',
);
const meusePopulation = meuseCommunes.reduce((sum, c) => sum + (c.population ?? 0), 0);
const MEUSE: DemoRppsOptions = { departements: ['55'], seed: 1, edition: 0 };

const lines = (options: DemoRppsOptions) => [...generateRppsLines(options)];
const sha256 = (values: string[]) => createHash('sha256').update(values.join('\n')).digest('hex');

/** Reads rows exactly as the importer will: header by name, then each row. */
function situations(fileLines: string[]): RppsSituation[] {
  const header = readRppsHeader(fileLines[0] ?? '');
  if (!header.ok) throw new Error(`Missing columns: ${header.missing.join(', ')}`);
  const highest = Math.max(...Object.values(header.columns));
  return fileLines.slice(1).map((line) => {
    const row = readRppsSituation(splitRppsLine(line), header.columns, highest);
    if (!row.ok) throw new Error(`${row.problem}: ${line}`);
    return row.situation;
  });
}

/** Town names compared as an importer must: "55300 ST MIHIEL" is Saint-Mihiel, "KOEUR LA GRANDE" Kœur-la-Grande. */
const comparable = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'OE')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'ST' ? 'SAINT' : word === 'STE' ? 'SAINTE' : word))
    .join(' ');

function identifiersByProfession(rows: RppsSituation[]) {
  const result = new Map<string, Set<string>>();
  for (const row of rows) result.set(row.professionCode, (result.get(row.professionCode) ?? new Set()).add(row.nationalId));
  return result;
}

describe('generateRppsLines', () => {
  let meuse: string[];
  let rows: RppsSituation[];
  beforeAll(() => {
    meuse = lines(MEUSE);
    rows = situations(meuse);
  });

  it('is deterministic: the same options give byte-identical lines, another seed other lines', () => {
    expect(sha256(lines(MEUSE))).toBe(sha256(meuse));
    expect(sha256(lines({ ...MEUSE, seed: 2 }))).not.toBe(sha256(meuse));
  });

  it('does not depend on the order of the départements, nor a département on the others', () => {
    const twoDepartements = lines({ ...MEUSE, departements: ['55', '08'] });
    expect(sha256(lines({ ...MEUSE, departements: ['08', '55'] }))).toBe(sha256(twoDepartements));
    const together = new Set(twoDepartements);
    expect(meuse.every((line) => together.has(line))).toBe(true);
    expect(twoDepartements.length).toBeGreaterThan(meuse.length * 2);
  });

  it('writes the 2021 header, then lines of 52 fields each ending with a separator', () => {
    expect(meuse[0]).toBe(`${RPPS_HEADER_2021.join('|')}|`);
    for (const line of meuse) {
      expect(line.endsWith('|')).toBe(true);
      expect(line.split('|')).toHaveLength(RPPS_HEADER_2021.length + 1);
    }
  });

  it('gives rows that the domain reader accepts, with RPPS or ADELI identifiers', () => {
    expect(rows.length).toBeGreaterThan(3000);
    for (const row of rows) {
      expect(row.nationalId).toMatch(row.idType === 'rpps' ? /^810\d{9}$/ : /^055\d{7}$/);
      if (['10', '21', '40', '50'].includes(row.professionCode)) expect(row.idType).toBe('rpps');
    }
    expect(rows.some((row) => row.idType === 'adeli')).toBe(true);
  });

  it('has national densities per 100 000 inhabitants, within 15 %', () => {
    const targets: Record<string, number> = { '10': 330, '21': 110, '40': 65, '50': 35, '60': 1000, '70': 140, '80': 20, '91': 35, '92': 8 };
    const byProfession = identifiersByProfession(rows);
    for (const [code, target] of Object.entries(targets)) {
      const density = ((byProfession.get(code)?.size ?? 0) * 100_000) / meusePopulation;
      expect(density, `profession ${code}`).toBeGreaterThan(target * 0.85);
      expect(density, `profession ${code}`).toBeLessThan(target * 1.15);
    }
    const generalPractitioners = new Set(rows.filter((r) => ['SM26', 'SM53', 'SM54'].includes(r.specialtyCode ?? '')).map((r) => r.nationalId));
    expect((generalPractitioners.size * 100_000) / meusePopulation).toBeGreaterThan(150 * 0.85);
    expect((generalPractitioners.size * 100_000) / meusePopulation).toBeLessThan(150 * 1.15);
    expect(new Set(rows.filter((r) => r.professionCode === '10').map((r) => r.specialtyCode)).size).toBeGreaterThan(20);
  });

  it('has about 5 % of professionals on two sites, mostly in two communes', () => {
    const sites = new Map<string, RppsSituation[]>();
    for (const row of rows) sites.set(row.nationalId, [...(sites.get(row.nationalId) ?? []), row]);
    const twoSites = [...sites.values()].filter((s) => s.length === 2);
    expect(twoSites.length / sites.size).toBeGreaterThan(0.03);
    expect(twoSites.length / sites.size).toBeLessThan(0.08);
    expect(twoSites.filter(([first, second]) => first?.communeLabel !== second?.communeLabel).length).toBeGreaterThan(twoSites.length / 2);
  });

  it('concentrates practices in towns: hospitals at the préfecture, GPs mostly libéral, many villages without anyone', () => {
    const hospitalRows = rows.filter((r) => r.sectorCode === 'SA01');
    expect(hospitalRows.every((r) => r.mode === 'salaried' && r.finess && r.sectorLabel === 'Etablissement Public de santé')).toBe(true);
    const hospitalRowsByCommune = new Map<string, number>();
    for (const row of hospitalRows) hospitalRowsByCommune.set(row.communeCode ?? '', (hospitalRowsByCommune.get(row.communeCode ?? '') ?? 0) + 1);
    const [busiest] = [...hospitalRowsByCommune].sort((a, b) => b[1] - a[1]);
    expect(busiest?.[0]).toBe('55029'); // Bar-le-Duc, préfecture

    const practices = rows.filter((r) => ['SM26', 'SM53', 'SM54'].includes(r.specialtyCode ?? ''));
    const liberalShare = practices.filter((r) => r.mode === 'liberal').length / practices.length;
    expect(liberalShare).toBeGreaterThan(0.5);
    expect(liberalShare).toBeLessThan(0.7);
    expect(rows.some((r) => r.mode === 'volunteer')).toBe(true);

    const communesWithSomeone = new Set(rows.map((r) => comparable(r.communeLabel ?? '')));
    const villagesWithoutAnyone = meuseCommunes.filter((c) => !communesWithSomeone.has(comparable(c.nom)));
    expect(villagesWithoutAnyone.length / meuseCommunes.length).toBeGreaterThan(0.4);
  });

  it('has maisons de santé, centres de santé and ordinary cabinet names', () => {
    const msp = rows.filter((r) => r.structureName?.startsWith('MAISON DE SANTE PLURIPROFESSIONNELLE '));
    expect(new Set(msp.map((r) => r.structureId)).size).toBeGreaterThan(3);
    expect(msp.every((r) => r.sectorCode === 'SA08' && r.sectorLabel === 'Cabinet de groupe')).toBe(true);
    expect(rows.some((r) => r.sectorCode === 'SA05' && r.sectorLabel === 'Centre de santé' && r.structureName?.startsWith('CENTRE DE SANTE '))).toBe(true);
    const cabinetNames = rows.filter((r) => r.sectorCode === 'SA07' || r.sectorCode === 'SA08').map((r) => r.structureName ?? '');
    expect(cabinetNames.every((name) => /^(CABINET|MAISON DE SANTE PLURIPROFESSIONNELLE) [A-Z0-9' -]+$/.test(name))).toBe(true);
  });

  it('leaves the commune code empty on about 30 % of rows, with a postcode and a town that resolve to a commune', () => {
    const withoutCode = rows.filter((r) => !r.communeCode && r.postalCode);
    expect(withoutCode.length / rows.length).toBeGreaterThan(0.25);
    expect(withoutCode.length / rows.length).toBeLessThan(0.35);
    const header = readRppsHeader(meuse[0] ?? '');
    if (!header.ok) throw new Error('header');
    for (const line of meuse.slice(1)) {
      const fields = splitRppsLine(line);
      if (fields[header.columns.communeCode] || !fields[header.columns.postalCode]) continue;
      const postalCode = fields[header.columns.postalCode] ?? '';
      const cedexLine = fields[header.columns.cedexOffice] ?? '';
      expect(fields[header.columns.communeLabel]).toBe('');
      expect(cedexLine.startsWith(`${postalCode} `)).toBe(true);
      const town = comparable(townOfCedexLine(cedexLine) ?? '');
      const communes = meuseCommunes.filter((c) => c.codesPostaux?.includes(postalCode) && comparable(c.nom) === town);
      expect(communes, cedexLine).toHaveLength(1);
    }
    const withoutAddress = rows.filter((r) => !r.postalCode && !r.structureName);
    expect(withoutAddress.length).toBeGreaterThan(0);
    expect(withoutAddress.length / rows.length).toBeLessThan(0.01);
  });

  it('keeps most professionals and their identifiers from one edition to the next, and adds newcomers', () => {
    const ids = (fileRows: RppsSituation[]) => new Set(fileRows.map((r) => r.nationalId));
    const first = ids(rows);
    const next = ids(situations(lines({ ...MEUSE, edition: 1 })));
    const kept = [...first].filter((id) => next.has(id)).length;
    expect(kept / first.size).toBeGreaterThanOrEqual(0.9);
    expect(kept / first.size).toBeLessThan(1);
    expect([...next].filter((id) => !first.has(id)).length).toBeGreaterThan(first.size * 0.02);
    expect(Math.abs(next.size - first.size) / first.size).toBeLessThan(0.05);
  });

  it('refuses options it cannot honour', () => {
    expect(() => lines({ ...MEUSE, departements: ['99'] })).toThrow(/99/);
    expect(() => lines({ ...MEUSE, departements: [] })).toThrow();
    expect(() => lines({ ...MEUSE, edition: -1 })).toThrow();
    expect(() => lines({ ...MEUSE, scale: 0 })).toThrow();
  });

  it('scales headcounts', () => {
    const doubled = situations(lines({ ...MEUSE, scale: 2 }));
    const ratio = new Set(doubled.map((r) => r.nationalId)).size / new Set(rows.map((r) => r.nationalId)).size;
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
  });
});

describe('demoExtractDate', () => {
  it('dates yearly editions', () => {
    expect(demoExtractDate(0)).toBe('2024-12-01');
    expect(demoExtractDate(1)).toBe('2025-12-01');
    expect(() => demoExtractDate(0.5)).toThrow();
  });
});
