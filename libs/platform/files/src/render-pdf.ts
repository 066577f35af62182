import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Margins, TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake is CommonJS (one shared instance); its Roboto fonts ship in the package and are embedded from there.
const require = createRequire(import.meta.url);
const pdfMake = require('pdfmake') as typeof import('pdfmake');
const fontFile = (name: string) => require.resolve(`pdfmake/fonts/Roboto/${name}`);
const fontFolder = dirname(fontFile('Roboto-Regular.ttf'));

pdfMake.setFonts({
  Roboto: {
    normal: fontFile('Roboto-Regular.ttf'),
    bold: fontFile('Roboto-Medium.ttf'),
    italics: fontFile('Roboto-Italic.ttf'),
    bolditalics: fontFile('Roboto-MediumItalic.ttf'),
  },
});
// Documents are built from our own data: nothing is fetched, and only the fonts are read from disk.
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));

/** The page layout a kind of document keeps (each module has its own look). */
export interface PdfLayout {
  /** In points: [left, top, right, bottom], or pdfmake's shorter forms. */
  pageMargins?: Margins;
  lineHeight?: number;
}

/** Renders a pdfmake document (A4, Roboto 10 pt embedded) to bytes; the document's own settings win. */
export function renderPdf(document: TDocumentDefinitions, { pageMargins = [48, 56, 48, 56], lineHeight = 1.25 }: PdfLayout = {}): Promise<Buffer> {
  return pdfMake.createPdf({ pageSize: 'A4', pageMargins, defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight }, ...document }).getBuffer();
}
