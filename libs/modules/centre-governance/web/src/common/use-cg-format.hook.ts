import { useFormatters } from '@ancrage/ui';

/** The platform's formatters plus what this module shows: cents as euros, FTE, Paris calendar days. */
export function useCgFormat() {
  const format = useFormatters();
  return {
    ...format,
    /** Integer cents, shown as euros in the page's language. */
    cents: (cents: number) => format.euros(cents / 100),
    /** Hundredths of a full-time equivalent ("0,8 ETP" → 80). */
    fte: (hundredths: number) => format.number(hundredths / 100, { maximumFractionDigits: 2 }),
    /** A calendar day "YYYY-MM-DD" (no time zone shift: read at noon UTC). */
    day: (day: string | null) => (day ? format.date(`${day}T12:00:00Z`) : '—'),
    /** "lundi 23 novembre": a calendar day of the week view. */
    weekday: (day: string) => new Intl.DateTimeFormat(format.locale === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)),
    percent: (perMille: number) => format.number(perMille / 1000, { style: 'percent', maximumFractionDigits: 1 }),
    month: (month: string) => new Intl.DateTimeFormat(format.locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`)),
  };
}
