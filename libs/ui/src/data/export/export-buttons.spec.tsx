import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithUi } from '../../testing/render-with-ui';

const toFile = vi.fn(async (_fileName: string) => undefined);
const writeXlsxFile = vi.fn((..._args: unknown[]) => ({ toFile, toBlob: vi.fn() }));
vi.mock('write-excel-file/browser', () => ({ default: writeXlsxFile }));

const { ExportButtons } = await import('./export-buttons');

const columns = [
  { header: 'Commune', value: (row: { name: string; doctors: number }) => row.name },
  { header: 'Médecins', value: (row: { name: string; doctors: number }) => row.doctors },
];

describe('ExportButtons', () => {
  it('writes the given rows to an XLSX sheet named after the list', async () => {
    const user = userEvent.setup();
    renderWithUi(<ExportButtons fileName="medecins" sheetName="Médecins par commune" columns={columns} rows={[{ name: 'Verdun', doctors: 21 }]} />);
    await user.click(screen.getByRole('button', { name: 'Exporter en XLSX' }));
    await waitFor(() => expect(toFile).toHaveBeenCalledWith('medecins.xlsx'));
    expect(writeXlsxFile.mock.calls[0]?.[0]).toEqual([
      [
        { value: 'Commune', fontWeight: 'bold' },
        { value: 'Médecins', fontWeight: 'bold' },
      ],
      [
        { type: String, value: 'Verdun' },
        { type: Number, value: 21 },
      ],
    ]);
    expect(writeXlsxFile.mock.calls[0]?.[1]).toMatchObject({ sheet: 'Médecins par commune' });
  });

  it('says why both exports are unavailable when there is nothing to export', () => {
    renderWithUi(<ExportButtons fileName="medecins" columns={columns} rows={[]} />, { locale: 'en' });
    for (const name of ['Export as CSV', 'Export as XLSX']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
      expect(screen.getByRole('button', { name })).toHaveAccessibleDescription('No rows to export.');
    }
  });
});
