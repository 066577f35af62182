import type { TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '@ancrage/files';
import { formatDate, formatDateTime, formatNumber } from '@ancrage/i18n';
import { translatorFor } from '../cg-i18n';
import type { registerOf } from '../meetings/meetings.repository';

type RegisterRow = Awaited<ReturnType<typeof registerOf>>[number];

/** The numbered register of the GIP's deliberations for a year. */
export function registerPdf(rows: readonly RegisterRow[], options: { locale: string; gipName: string; year: number; generatedAt: Date }): Promise<Buffer> {
  const { t, locale } = translatorFor(options.locale);
  const body: TableCell[][] = rows.map((row) => [
    { text: row.number, bold: true },
    formatDate(row.startsAt, locale),
    row.bodyName,
    row.title,
    row.tally ? `${formatNumber(row.tally.for, locale)} / ${formatNumber(row.tally.against, locale)} / ${formatNumber(row.tally.abstention, locale)}` : '—',
    t(`outcomes.${row.status}`),
  ]);
  return renderPdf({
    pageOrientation: 'landscape',
    info: { title: t('register.pdfTitle', { gip: options.gipName, year: options.year }) },
    footer: (page, pages) => ({ text: t('minutes.page', { page, pages }), alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content: [
      { text: options.gipName, color: '#444444' },
      { text: t('register.pdfTitle', { gip: options.gipName, year: options.year }), fontSize: 16, bold: true, margin: [0, 4, 0, 12] },
      rows.length === 0
        ? { text: t('register.empty') }
        : {
            table: {
              headerRows: 1,
              widths: ['auto', 'auto', 'auto', '*', 'auto', 'auto'],
              body: [
                [t('register.number'), t('register.date'), t('register.body'), t('register.deliberation'), t('register.votes'), t('register.outcome')].map((text) => ({ text, bold: true, fillColor: '#e8eef7' })),
                ...body,
              ],
            },
            layout: 'lightHorizontalLines',
          },
      { text: t('minutes.generated', { date: formatDateTime(options.generatedAt, locale) }), fontSize: 8, color: '#555555', margin: [0, 24, 0, 0] },
    ],
  });
}
