import { daysInMonth } from './money/months';
import type { Calendar } from './scheme.schema';

/** `MM-DD` in a given year, kept within the month (02-29 is 02-28 in common years). */
function dayInYear(year: number, monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/** Whether applications are accepted on `today` (YYYY-MM-DD). A yearly window may wrap over the new year (11-01 → 02-28). */
export function schemeIsOpen(calendar: Calendar, today: string): boolean {
  switch (calendar.mode) {
    case 'ongoing':
      return true;
    case 'window':
      return calendar.opensOn <= today && today <= calendar.closesOn;
    case 'yearly': {
      const year = yearOf(today);
      const opens = dayInYear(year, calendar.opens);
      const closes = dayInYear(year, calendar.closes);
      return calendar.opens <= calendar.closes ? opens <= today && today <= closes : today >= opens || today <= closes;
    }
  }
}

/** The last day to apply: the end of the current window, or of the next one; null when none is ahead. */
export function nextDeadline(calendar: Calendar, today: string): string | null {
  switch (calendar.mode) {
    case 'ongoing':
      return null;
    case 'window':
      return today <= calendar.closesOn ? calendar.closesOn : null;
    case 'yearly': {
      const thisYear = dayInYear(yearOf(today), calendar.closes);
      return today <= thisYear ? thisYear : dayInYear(yearOf(today) + 1, calendar.closes);
    }
  }
}

/** The first day of the next window when closed on `today`; null when open or when no window is ahead. */
export function nextOpening(calendar: Calendar, today: string): string | null {
  if (schemeIsOpen(calendar, today)) return null;
  switch (calendar.mode) {
    case 'ongoing':
      return null;
    case 'window':
      return today < calendar.opensOn ? calendar.opensOn : null;
    case 'yearly': {
      const thisYear = dayInYear(yearOf(today), calendar.opens);
      return today < thisYear ? thisYear : dayInYear(yearOf(today) + 1, calendar.opens);
    }
  }
}
