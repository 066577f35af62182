import { formatEventPeriod, formatMoment, formatShortDay, formatTime } from '@ancrage/events-domain';
import { useLocale } from '@ancrage/ui';

/** Event dates in the page's language, always in Paris time. */
export function useEventFormat() {
  const locale = useLocale();
  return {
    period: (startsAt: Date | string, endsAt: Date | string) => formatEventPeriod(startsAt, endsAt, locale),
    moment: (instant: Date | string) => formatMoment(instant, locale),
    day: (instant: Date | string) => formatShortDay(instant, locale),
    time: (instant: Date | string) => formatTime(instant, locale),
  };
}
