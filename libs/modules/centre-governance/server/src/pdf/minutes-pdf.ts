import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '@ancrage/files';
import { formatDate, formatDateTime, formatNumber } from '@ancrage/i18n';
import type { MeetingState } from '../meetings/meetings.repository';
import { translatorFor } from '../cg-i18n';

const header = (cells: string[]): TableCell[] => cells.map((text) => ({ text, bold: true, fillColor: '#e8eef7' }));

/**
 * The minutes (procès-verbal) of a meeting held: convocation, attendance with
 * proxies, quorum, and each deliberation with its number, text, votes and outcome.
 */
export async function minutesPdf(state: MeetingState, options: { locale: string; tenantName: string; generatedAt: Date }): Promise<Buffer> {
  const { t, locale } = translatorFor(options.locale);
  const nameOf = new Map(state.seats.map((seat) => [seat.memberId, seat.name]));
  const statusOf = new Map(state.attendance.map((entry) => [entry.memberId, entry]));
  const chair = state.meeting.chairMemberId ? nameOf.get(state.meeting.chairMemberId) : undefined;
  const number = (value: number) => formatNumber(value, locale);

  const attendanceRows: TableCell[][] = state.seats.map((seat) => {
    const entry = statusOf.get(seat.memberId);
    const status = entry?.status ?? 'absent';
    const detail = status === 'represented' && entry?.proxyHolderId ? t('minutes.representedBy', { holder: nameOf.get(entry.proxyHolderId) ?? '' }) : t(`attendance.${status}`);
    return [seat.name, t(`sectors.${seat.sector}`), seat.votes === 0 ? t('minutes.observer') : number(seat.votes), detail];
  });

  const quorumText = state.quorum.waived
    ? t('minutes.quorumWaived')
    : t(state.quorum.met ? 'minutes.quorumMet' : 'minutes.quorumNotMet', { present: number(state.quorum.present), total: number(state.quorum.total), required: number(state.quorum.required), unit: t(`quorumUnits.${state.rules.quorum.basis}`) });

  const deliberations: Content[] = state.deliberations
    .filter((deliberation) => deliberation.status !== 'withdrawn')
    .flatMap((deliberation): Content[] => {
      const title = deliberation.registerNumber ? t('minutes.deliberationNumbered', { number: deliberation.registerNumber, title: deliberation.title }) : deliberation.title;
      const outcome = deliberation.status === 'pending' ? t('minutes.notVoted') : t(`outcomes.${deliberation.status}`) + (deliberation.outcome.reason === 'castingVote' ? ` ${t('minutes.castingVote')}` : '');
      return [
        { text: title, style: 'h3', margin: [0, 12, 0, 4] },
        { text: `${t(`decisionKinds.${deliberation.decisionKind}`)} — ${t(`majorityRules.${deliberation.majority.kind}`, { numerator: deliberation.majority.numerator, denominator: deliberation.majority.denominator })}, ${t(`voteBases.${deliberation.majority.base}`)}`, italics: true, margin: [0, 0, 0, 4] },
        ...(deliberation.text ? [{ text: deliberation.text, margin: [0, 0, 0, 6] as [number, number, number, number] }] : []),
        {
          table: {
            widths: [70, 70, 70, '*'],
            body: [header([t('votes.for'), t('votes.against'), t('votes.abstention'), t('minutes.outcome')]), [number(deliberation.tally.for), number(deliberation.tally.against), number(deliberation.tally.abstention), { text: outcome, bold: true }]],
          },
          layout: 'lightHorizontalLines',
        },
      ];
    });

  return renderPdf({
    info: { title: `${t('minutes.title')} — ${state.meeting.title}`, author: options.tenantName, subject: state.gip.name },
    footer: (page, pages) => ({ text: `${state.gip.name} — ${t('minutes.page', { page, pages })}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    styles: { h1: { fontSize: 16, bold: true }, h2: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] }, h3: { fontSize: 11, bold: true } },
    content: [
      { text: state.gip.name, fontSize: 10, color: '#444444' },
      { text: t('minutes.title'), style: 'h1', margin: [0, 4, 0, 2] },
      { text: `${state.body.name} — ${state.meeting.title}`, fontSize: 12, margin: [0, 0, 0, 8] },
      {
        ul: [
          t('minutes.when', { date: formatDateTime(state.meeting.startsAt, locale) }),
          t('minutes.where', { place: state.meeting.place || '—' }),
          state.meeting.convenedAt ? t('minutes.convened', { date: formatDate(state.meeting.convenedAt, locale, 'long') }) : t('minutes.notConvened'),
          ...(state.meeting.round === 2 ? [t('minutes.secondCall')] : []),
          t('minutes.chair', { chair: chair ?? '—' }),
        ],
      },
      { text: t('minutes.attendance'), style: 'h2' },
      { table: { headerRows: 1, widths: ['*', 'auto', 'auto', '*'], body: [header([t('minutes.member'), t('minutes.sector'), t('minutes.votes'), t('minutes.presence')]), ...attendanceRows] }, layout: 'lightHorizontalLines' },
      { text: quorumText, margin: [0, 8, 0, 0], bold: true },
      { text: t('minutes.deliberations'), style: 'h2' },
      ...(deliberations.length > 0 ? deliberations : [{ text: t('minutes.noDeliberation') }]),
      {
        columns: [
          { text: t('minutes.signatureChair'), margin: [0, 36, 0, 0] },
          { text: t('minutes.signatureSecretary'), margin: [0, 36, 0, 0] },
        ],
      },
      { text: t('minutes.generated', { date: formatDateTime(options.generatedAt, locale) }), fontSize: 8, color: '#555555', margin: [0, 24, 0, 0] },
    ],
  });
}
