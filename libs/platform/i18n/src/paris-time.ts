/**
 * Events, meetings and bookings happen in Europe/Paris: forms and the API
 * speak Paris wall time ("2026-11-20T18:30"), the database stores instants
 * (timestamptz).
 */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/** "YYYY-MM-DDTHH:mm", a wall-clock time in Paris. */
export const PARIS_DATE_TIME_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
/** "YYYY-MM-DD", a day in Paris. */
export const PARIS_DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(instant: Date) {
  const found = parts.formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(found.find((part) => part.type === type)?.value ?? 0);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') };
}

/** Minutes Paris is ahead of UTC at that instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const clock = wallClock(instant);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * The instant of a Paris wall-clock time. A time skipped by the spring change
 * counts as one hour later; a time repeated in autumn, as its winter-time occurrence.
 */
export function parisToDate(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`Not a Paris date-time: ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - parisOffsetMinutes(new Date(guess)) * 60_000;
  const second = guess - parisOffsetMinutes(new Date(first)) * 60_000;
  return new Date(Math.max(first, second));
}

/** "YYYY-MM-DDTHH:mm" in Paris, for a form field. */
export function dateToParis(instant: Date | string): string {
  const clock = wallClock(new Date(instant));
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** "YYYY-MM-DD": the Paris day of an instant. */
export function parisDay(instant: Date | string): string {
  return dateToParis(instant).slice(0, 10);
}

/** Midnight in Paris at the start of a day ("YYYY-MM-DD"). */
export function parisDayStart(day: string): Date {
  return parisToDate(`${day}T00:00`);
}

/** Adds days to a "YYYY-MM-DD" day (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + days));
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** ISO weekday of a calendar day: 1 Monday … 7 Sunday. */
export function weekdayOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}

/** Whole days from a day to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}
