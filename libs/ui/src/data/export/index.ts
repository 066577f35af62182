export type { ExportColumn, ExportValue } from './export-column';
export { toCsv } from './to-csv';
export { saveFile } from './save-file';
export { downloadCsv } from './download-csv';
export { downloadXlsx } from './download-xlsx';
export { ExportButtons } from './export-buttons';
