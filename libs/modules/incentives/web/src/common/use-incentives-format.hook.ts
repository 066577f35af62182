import { useTranslation } from 'react-i18next';
import type { AmountSchedule, Calendar, Commitment, ComputedAmount, Installment, Localised, RepaymentRule } from '@ancrage/incentives-domain';
import { useFormatters } from '@ancrage/ui';

const intlLocale = { fr: 'fr-FR', en: 'en-GB' } as const;

/**
 * The module's words and numbers in the page's language: euros from cents,
 * calendar days, and the amount, calendar and commitment of a scheme as sentences.
 */
export function useIncentivesFormat() {
  const { t } = useTranslation('incentives');
  const format = useFormatters();
  const cents = (value: number) => format.euros(value / 100);
  /** A calendar day "YYYY-MM-DD" (read at noon UTC: no time zone shift). */
  const day = (value: string | null | undefined, style: 'short' | 'long' = 'long') => (value ? format.date(`${value}T12:00:00Z`, style) : '');
  /** "03-01" → "1 mars". */
  const monthDay = (value: string) =>
    new Intl.DateTimeFormat(intlLocale[format.locale], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`2024-${value}T12:00:00Z`));
  const yearOfStudy = (year: number) => t('shared.yearOfStudy', { count: year });

  /** Admin-written text: English when the page is in English and it exists, French otherwise. */
  const text = (value: Localised | null | undefined) => {
    if (!value) return '';
    return format.locale === 'en' && value.en.trim() ? value.en : value.fr;
  };

  const ceiling = (schedule: AmountSchedule) => (schedule.ceilingCents !== undefined ? ` ${t('shared.amount.ceiling', { ceiling: cents(schedule.ceilingCents) })}` : '');

  /** "1 200,00 € par mois pendant 12 mois (plafonné à …)". */
  const amountSummary = (schedule: AmountSchedule) => {
    switch (schedule.mode) {
      case 'one-off':
        return t('shared.amount.oneOff', { amount: cents(schedule.amountCents) }) + ceiling(schedule);
      case 'monthly':
        return t('shared.amount.monthly', { amount: cents(schedule.amountCents), count: schedule.months }) + ceiling(schedule);
      case 'yearly':
        return t('shared.amount.yearly', { amount: cents(schedule.amountCents), count: schedule.years }) + ceiling(schedule);
      case 'per-stage-period':
        return t('shared.amount.perStagePeriod', { amount: cents(schedule.amountCents), count: schedule.periods }) + ceiling(schedule);
      case 'by-year-of-study': {
        const years = [...schedule.byYear].sort((a, b) => a.year - b.year);
        const list = years.map((entry) => t('shared.amount.yearAmount', { year: yearOfStudy(entry.year), amount: cents(entry.amountCents) })).join(', ');
        return t('shared.amount.byYearOfStudy', { list }) + ceiling(schedule);
      }
    }
  };

  const installment = (entry: Installment) => {
    const when = entry.offsetMonths === 0 ? t('shared.installment.atStart') : t('shared.installment.after', { count: entry.offsetMonths });
    const year = entry.yearOfStudy ? ` (${yearOfStudy(entry.yearOfStudy)})` : '';
    return t('shared.installment.line', { amount: cents(entry.amountCents), when }) + year;
  };

  /** The installments as lines to list: one line when they are all equal ("12 versements de 400,00 €"). */
  const installmentLines = (amount: ComputedAmount): string[] => {
    const [first] = amount.installments;
    if (first && amount.installments.length > 1 && amount.installments.every((entry) => entry.amountCents === first.amountCents && !entry.yearOfStudy)) {
      const every = (amount.installments[1]?.offsetMonths ?? first.offsetMonths) - first.offsetMonths;
      return [t('shared.installment.equal', { count: amount.installments.length, amount: cents(first.amountCents), every: t('shared.installment.every', { count: every }) })];
    }
    return amount.installments.map(installment);
  };

  /** "4 800,00 € en 4 versements" and, when the ceiling lowered it, says so. */
  const computedTotal = (amount: ComputedAmount) =>
    t('shared.computed.total', { total: cents(amount.totalCents), count: amount.installments.length }) + (amount.capped ? ` ${t('shared.computed.capped')}` : '');

  const modeWords = (mode: Commitment['mode']) => (mode === 'any' ? '' : ` ${t(`shared.commitment.mode.${mode}`)}`);

  /**
   * "Exercer 5 ans dans le département en exercice libéral." — `place` names the
   * commitment's area when the caller knows it (otherwise a generic phrase).
   */
  const commitmentSummary = (commitment: Commitment | null, place?: string) => {
    if (!commitment) return t('shared.commitment.none');
    const where = commitment.area === null ? t('shared.commitment.anywhere') : place ? t('shared.commitment.inPlaces', { places: place }) : t('shared.commitment.inArea');
    return t('shared.commitment.sentence', { count: commitment.years, place: where, mode: modeWords(commitment.mode) });
  };

  const repaymentSummary = (rule: RepaymentRule) => t(`shared.repayment.${rule}`);

  const calendarSummary = (calendar: Calendar) => {
    switch (calendar.mode) {
      case 'ongoing':
        return t('shared.calendar.ongoing');
      case 'window':
        return t('shared.calendar.window', { opens: day(calendar.opensOn), closes: day(calendar.closesOn) });
      case 'yearly':
        return t('shared.calendar.yearly', { opens: monthDay(calendar.opens), closes: monthDay(calendar.closes) });
    }
  };

  /** "Ouvert jusqu'au 30 juin 2027", "Ouvert toute l'année", "Fermé". */
  const openState = (open: boolean, nextDeadline: string | null) => {
    if (open) return nextDeadline ? t('shared.open.until', { date: day(nextDeadline) }) : t('shared.open.always');
    return nextDeadline ? t('shared.open.closedNext', { date: day(nextDeadline) }) : t('shared.open.closed');
  };

  return {
    ...format,
    cents,
    day,
    monthDay,
    text,
    yearOfStudy,
    amountSummary,
    installment,
    installmentLines,
    computedTotal,
    commitmentSummary,
    repaymentSummary,
    calendarSummary,
    openState,
  };
}

export type IncentivesFormat = ReturnType<typeof useIncentivesFormat>;
