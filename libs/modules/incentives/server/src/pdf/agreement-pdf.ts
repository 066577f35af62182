import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf, type PdfLayout } from '@ancrage/files';
import { formatDate, formatEuros, formatNumber, parisDay, type Locale } from '@ancrage/i18n';
import { areaCommunes, type GeoSnapshot, type SchemeContent } from '@ancrage/incentives-domain';
import { translatorFor } from '../applications/translator';

/** The agreement's page: wider side margins and airier lines than the other documents. */
const AGREEMENT_LAYOUT: PdfLayout = { pageMargins: [56, 48, 56, 56], lineHeight: 1.3 };

export interface AgreementData {
  tenantName: string;
  reference: string;
  beneficiary: { firstName: string; lastName: string; email: string; phone: string; birthDate: string | null };
  scheme: { content: SchemeContent; geo: GeoSnapshot; version: number };
  amountCents: number;
  agreementSignedOn: string | null;
  commitmentStartsOn: string | null;
  /** The payments recorded, or the forecast schedule before the agreement is signed. */
  payments: { seq: number; dueOn: string; amountCents: number; status: 'scheduled' | 'paid' | 'cancelled' }[];
  forecast: boolean;
}

const header = (cells: string[]): TableCell[] => cells.map((text) => ({ text, bold: true, fillColor: '#e8eef7' }));

/** French groups digits with a narrow no-break space, which the embedded font lacks: a no-break space reads the same. */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

/**
 * The agreement (convention) between the département and the beneficiary:
 * the scheme as frozen when they applied, the amount and its schedule, the
 * commitment and what breaking it costs, and room for both signatures.
 */
export async function agreementPdf(data: AgreementData, options: { locale: Locale; generatedAt: Date }): Promise<Buffer> {
  const { t } = translatorFor(options.locale);
  const locale = options.locale;
  const tt = (key: string, params: Record<string, unknown> = {}) => t(`incentives:pdf.${key}`, { ...params, lng: locale });
  const euros = (cents: number) => printable(formatEuros(cents / 100, locale));
  const day = (value: string) => formatDate(value, locale, 'long');
  const { content } = data.scheme;
  const schemeName = (locale === 'en' && content.name.en) || content.name.fr;
  const person = `${data.beneficiary.firstName} ${data.beneficiary.lastName}`;
  let article = 0;
  const articleTitle = (key: string): Content => {
    article += 1;
    return { text: tt('article', { number: article, title: tt(key) }), style: 'h2' };
  };

  const commitment = content.commitment;
  const commitmentText = (): string => {
    if (!commitment) return tt('noCommitment');
    const where = commitment.area ? tt('commitmentArea', { count: areaCommunes(commitment.area, data.scheme.geo).size }) : tt('commitmentDepartement');
    const mode = commitment.mode === 'any' ? tt('commitmentAnyMode') : tt('commitmentMode', { mode: t(`incentives:practiceModes.${commitment.mode}`, { lng: locale }).toLocaleLowerCase(locale) });
    const from = data.commitmentStartsOn ? tt('commitmentFrom', { date: day(data.commitmentStartsOn) }) : tt('commitmentFromSettling');
    return tt('commitment', { years: formatNumber(commitment.years, locale), count: commitment.years, where, mode, from });
  };

  const paymentRows: TableCell[][] = data.payments.map((payment) => [
    printable(formatNumber(payment.seq, locale)),
    day(payment.dueOn),
    { text: euros(payment.amountCents), alignment: 'right' },
    tt(`paymentStatus.${payment.status}`),
  ]);

  return renderPdf({
    info: { title: `${tt('title')} — ${schemeName}`, author: data.tenantName, subject: data.reference },
    footer: (page, pages) => ({ text: `${data.reference} — ${tt('generated', { date: day(parisDay(options.generatedAt)) })} — ${tt('page', { page, pages })}`, alignment: 'center', fontSize: 8, color: '#555555', margin: [0, 24, 0, 0] }),
    styles: { h1: { fontSize: 16, bold: true }, h2: { fontSize: 11, bold: true, margin: [0, 14, 0, 4] } },
    content: [
      { text: data.tenantName, fontSize: 10, color: '#444444' },
      { text: tt('title'), style: 'h1', margin: [0, 4, 0, 2] },
      { text: schemeName, fontSize: 13, margin: [0, 0, 0, 2] },
      { text: tt('reference', { reference: data.reference, version: data.scheme.version }), fontSize: 9, color: '#444444', margin: [0, 0, 0, 12] },
      { text: tt('between'), bold: true },
      { text: tt('departement', { tenant: data.tenantName }), margin: [0, 4, 0, 4] },
      { text: tt('and'), bold: true },
      {
        text: [
          person,
          data.beneficiary.birthDate ? tt('bornOn', { date: day(data.beneficiary.birthDate) }) : '',
          tt('reachable', { email: data.beneficiary.email || '—', phone: data.beneficiary.phone || '—' }),
          tt('beneficiary'),
        ].join(''),
        margin: [0, 4, 0, 4],
      },
      articleTitle('object'),
      { text: tt('objectText', { scheme: schemeName, kind: t(`incentives:kinds.${content.kind}`, { lng: locale }), reference: data.reference }) },
      ...(content.funders.length > 0 ? [{ text: tt('funders', { funders: content.funders.join(', ') }), margin: [0, 4, 0, 0] } as Content] : []),
      articleTitle('amount'),
      { text: tt('amountText', { amount: euros(data.amountCents) }) },
      articleTitle('payments'),
      { text: data.forecast ? tt('paymentsForecast') : tt('paymentsText', { date: data.agreementSignedOn ? day(data.agreementSignedOn) : '—' }), margin: [0, 0, 0, 6] },
      paymentRows.length > 0
        ? { table: { headerRows: 1, widths: [40, '*', 100, 90], body: [header([tt('seq'), tt('dueOn'), tt('amountColumn'), tt('status')]), ...paymentRows] }, layout: 'lightHorizontalLines' }
        : { text: tt('noPayment') },
      articleTitle('commitmentTitle'),
      { text: commitmentText() },
      articleTitle('repaymentTitle'),
      { text: commitment ? tt(`repayment.${commitment.repayment}`) : tt('repayment.noCommitment') },
      articleTitle('obligations'),
      { text: tt('obligationsText') },
      // The place and room for both signatures, kept together on one page.
      {
        unbreakable: true,
        stack: [
          { text: tt('signedAt', { date: day(data.agreementSignedOn ?? parisDay(options.generatedAt)) }), margin: [0, 24, 0, 0] },
          {
            columns: [
              { text: tt('signatureDepartement', { tenant: data.tenantName }), margin: [0, 12, 0, 64] },
              { text: tt('signatureBeneficiary', { name: person }), margin: [0, 12, 0, 64] },
            ],
          },
        ],
      },
    ],
  }, AGREEMENT_LAYOUT);
}
