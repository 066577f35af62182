import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from './render-pdf';

const A4_HEIGHT = 841.89;

/** Where each run of text starts on the page, in points from the top left (read from an uncompressed PDF). */
async function textOrigins(document: TDocumentDefinitions, layout?: Parameters<typeof renderPdf>[1]) {
  const bytes = await renderPdf({ ...document, compress: false }, layout);
  return [...bytes.toString('latin1').matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm/g)].map(([, x, y]) => ({ x: Number(x), top: A4_HEIGHT - Number(y) }));
}

describe('renderPdf', () => {
  it('renders an A4 PDF with Roboto embedded', async () => {
    const text = (await renderPdf({ content: 'Procès-verbal' })).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('lays the text out within the margins asked for', async () => {
    const [standard] = await textOrigins({ content: 'Texte' });
    const [wide] = await textOrigins({ content: 'Texte' }, { pageMargins: [56, 48, 56, 56] });
    expect(standard?.x).toBe(48);
    expect(wide?.x).toBe(56);
    expect((standard?.top ?? 0) - (wide?.top ?? 0)).toBeCloseTo(8);
  });

  it('spaces lines by the line height asked for', async () => {
    const gap = async (lineHeight: number) => {
      const [first, second] = await textOrigins({ content: ['Première', 'Seconde'] }, { lineHeight });
      return (second?.top ?? 0) - (first?.top ?? 0);
    };
    const [tight, loose] = [await gap(1.25), await gap(1.3)];
    expect(loose).toBeGreaterThan(tight);
    expect(loose / tight).toBeCloseTo(1.3 / 1.25, 2);
  });

  it('fetches nothing and reads no file but its fonts', async () => {
    await expect(renderPdf({ content: [{ image: 'https://example.org/logo.png' }] })).rejects.toThrow(/access policy/);
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/access policy/);
  });
});
