import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

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

/** Renders a pdfmake document (A4, Roboto embedded) to bytes. */
export function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfMake.createPdf({ pageSize: 'A4', pageMargins: [56, 48, 56, 56], defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.3 }, ...document }).getBuffer();
}
