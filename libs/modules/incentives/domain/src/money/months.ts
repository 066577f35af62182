/** Calendar arithmetic on 'YYYY-MM-DD' days, without time zones (a day is a day everywhere). */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later (or earlier), kept within the month: 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(date, daysInMonth(y, m)))}`;
}

/** Whole months from `startsOn` to `until` (0 when `until` is earlier): the largest n with startsOn + n months ≤ until. */
export function monthsServed(startsOn: string, until: string): number {
  if (until <= startsOn) return 0;
  const [y1, m1] = parts(startsOn);
  const [y2, m2] = parts(until);
  const months = (y2 - y1) * 12 + (m2 - m1);
  return addMonths(startsOn, months) <= until ? months : months - 1;
}
