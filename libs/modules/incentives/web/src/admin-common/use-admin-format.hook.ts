import { useFormatters } from '@ancrage/ui';

/** The platform's formatters plus what the back-office shows: cents as euros, calendar days. */
export function useAdminFormat() {
  const format = useFormatters();
  return {
    ...format,
    /** Integer cents, shown as euros in the page's language ("12 500,00 €"). */
    cents: (cents: number) => format.euros(cents / 100),
    /** A calendar day "YYYY-MM-DD" (read at noon UTC: no time zone shift). */
    day: (day: string | null | undefined) => (day ? format.date(`${day}T12:00:00Z`) : '—'),
    /** An instant (Date or ISO string) as a date and time, Paris time. */
    instant: (value: Date | string | null | undefined) => (value ? format.dateTime(value) : '—'),
  };
}
