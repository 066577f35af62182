import { describe, expect, it } from 'vitest';
import type { ExportColumn } from './export-column';
import { toCsv } from './to-csv';

interface Commune {
  code: string;
  name: string;
  population: number | null;
  density: number;
  status: string;
  updatedAt: Date | null;
}

const columns: ExportColumn<Commune>[] = [
  { header: 'Code', value: (commune) => commune.code },
  { header: 'Nom', value: (commune) => commune.name },
  { header: 'Population', value: (commune) => commune.population },
  { header: 'Densité', value: (commune) => commune.density },
  { header: 'État', value: (commune) => commune.status, format: (status) => (status === 'active' ? 'Actif' : 'Inactif') },
  { header: 'Mise à jour', value: (commune) => commune.updatedAt },
];

const rows: Commune[] = [
  { code: '55545', name: 'Verdun', population: 16942, density: 545.25, status: 'active', updatedAt: new Date('2025-03-13T23:00:00Z') },
  { code: '55029', name: 'Bar-le-Duc; préfecture', population: null, density: -0.5, status: 'closed', updatedAt: new Date('2025-03-14T08:30:00Z') },
  { code: '55001', name: 'Le "Grand" Abainville, ville', population: 350, density: 12, status: 'active', updatedAt: null },
];

describe('toCsv', () => {
  it('writes French CSV: semicolons, decimal commas, quoted fields only where needed', () => {
    expect(toCsv(columns, rows, 'fr').split('\r\n')).toEqual([
      'Code;Nom;Population;Densité;État;Mise à jour',
      '55545;Verdun;16942;545,25;Actif;2025-03-14',
      '55029;"Bar-le-Duc; préfecture";;-0,5;Inactif;2025-03-14 09:30',
      '55001;"Le ""Grand"" Abainville, ville";350;12;Actif;',
    ]);
  });

  it('writes English CSV: commas and decimal dots', () => {
    expect(toCsv(columns, rows, 'en').split('\r\n')).toEqual([
      'Code,Nom,Population,Densité,État,Mise à jour',
      '55545,Verdun,16942,545.25,Actif,2025-03-14',
      '55029,Bar-le-Duc; préfecture,,-0.5,Inactif,2025-03-14 09:30',
      '55001,"Le ""Grand"" Abainville, ville",350,12,Actif,',
    ]);
  });

  it('keeps text that looks like a formula from running in a spreadsheet, but not negative numbers', () => {
    const notes: ExportColumn<string>[] = [{ header: 'Note', value: (note) => note }];
    expect(toCsv(notes, ['=HYPERLINK("x")', '+33 6 12 34 56 78', '-12', '@here'], 'fr').split('\r\n')).toEqual([
      'Note',
      `"'=HYPERLINK(""x"")"`,
      `"'+33 6 12 34 56 78"`,
      '-12',
      `"'@here"`,
    ]);
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(columns, [], 'fr').split('\r\n').filter(Boolean)).toEqual(['Code;Nom;Population;Densité;État;Mise à jour']);
  });
});
