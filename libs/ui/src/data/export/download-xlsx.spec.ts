import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportColumn } from './export-column';

const toFile = vi.fn(async () => undefined);
const writeXlsxFile = vi.fn((..._args: unknown[]) => ({ toFile, toBlob: vi.fn() }));
vi.mock('write-excel-file/browser', () => ({ default: writeXlsxFile }));

const { downloadXlsx, xlsxSheetName } = await import('./download-xlsx');

interface Professional {
  name: string;
  patients: number | null;
  since: Date;
  role: string;
}

const columns: ExportColumn<Professional>[] = [
  { header: 'Nom', value: (professional) => professional.name },
  { header: 'Patientèle', value: (professional) => professional.patients },
  { header: 'Installé le', value: (professional) => professional.since },
  { header: 'Profession', value: (professional) => professional.role, format: (role) => (role === 'gp' ? 'Médecin généraliste' : String(role)) },
];

describe('downloadXlsx', () => {
  beforeEach(() => {
    writeXlsxFile.mockClear();
    toFile.mockClear();
  });

  it('writes a bold header row, numbers as numbers, dates as dates and formatted text', async () => {
    await downloadXlsx('professionnels', 'Professionnels de santé', columns, [
      { name: 'Dr Martin', patients: 1250.5, since: new Date('2024-09-01T22:00:00Z'), role: 'gp' },
      { name: 'Mme Durand', patients: null, since: new Date('2025-01-15T09:45:00Z'), role: 'nurse' },
    ]);

    expect(writeXlsxFile).toHaveBeenCalledTimes(1);
    const [sheet, options] = writeXlsxFile.mock.calls[0] ?? [];
    expect(sheet).toEqual([
      [
        { value: 'Nom', fontWeight: 'bold' },
        { value: 'Patientèle', fontWeight: 'bold' },
        { value: 'Installé le', fontWeight: 'bold' },
        { value: 'Profession', fontWeight: 'bold' },
      ],
      [
        { type: String, value: 'Dr Martin' },
        { type: Number, value: 1250.5 },
        // Midnight in Paris: a calendar date.
        { type: Date, value: new Date(Date.UTC(2024, 8, 2)), format: 'dd/mm/yyyy' },
        { type: String, value: 'Médecin généraliste' },
      ],
      [
        { type: String, value: 'Mme Durand' },
        null,
        { type: Date, value: new Date(Date.UTC(2025, 0, 15, 10, 45)), format: 'dd/mm/yyyy hh:mm' },
        { type: String, value: 'nurse' },
      ],
    ]);
    expect(options).toMatchObject({ sheet: 'Professionnels de santé', stickyRowsCount: 1 });
    expect(toFile).toHaveBeenCalledWith('professionnels.xlsx');
  });

  it('gives Excel a sheet name it accepts', () => {
    expect(xlsxSheetName('Communes [Meuse] : 2025/2026 — données complètes')).toBe('Communes Meuse 2025 2026 — donn');
    expect(xlsxSheetName('???')).toBe('Export');
  });
});
