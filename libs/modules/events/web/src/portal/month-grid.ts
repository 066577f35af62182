import { addDays } from '@ancrage/events-domain';

/** "YYYY-MM" → its first and last days ("YYYY-MM-DD"). */
export function monthBounds(month: string): { first: string; last: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}` };
}

export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, number - 1 + delta, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const { first, last } = monthBounds(month);
  const [year, number] = month.split('-').map(Number) as [number, number];
  const mondayOffset = (new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: mondayOffset }, () => null);
  for (let day = first; day <= last; day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The Paris days an event covers, clipped to [first, last]. */
export function daysCovered(startDay: string, endDay: string, first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = startDay < first ? first : startDay; day <= endDay && day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}
