import { PARIS_TIME_ZONE } from '@ancrage/i18n';

const intlLocale = { fr: 'fr-FR', en: 'en-GB' } as const;
type Locale = keyof typeof intlLocale;

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: PARIS_TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}

const asLocale = (locale: string): Locale => (locale === 'en' ? 'en' : 'fr');

/** "samedi 14 novembre 2026, 18:30 – 22:00", or both days in full for a multi-day event; Paris time. */
export function formatEventPeriod(startsAt: Date | string, endsAt: Date | string, locale: string): string {
  return formatter(asLocale(locale), { dateStyle: 'full', timeStyle: 'short' }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** "18:30", Paris time. */
export function formatTime(instant: Date | string, locale: string): string {
  return formatter(asLocale(locale), { timeStyle: 'short' }).format(new Date(instant));
}

/** "sam. 14 nov.", Paris time: the day of an agenda item. */
export function formatShortDay(instant: Date | string, locale: string): string {
  return formatter(asLocale(locale), { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(instant));
}

/** "novembre 2026": a month heading ("YYYY-MM"). */
export function formatMonth(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return formatter(asLocale(locale), { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, number - 1, 15, 12)));
}

/** "14 novembre 2026 à 09:00", Paris time. */
export function formatMoment(instant: Date | string, locale: string): string {
  return formatter(asLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
}
