import { z } from 'zod';

/**
 * Internes and docteurs juniors change posts twice a year: the winter semester
 * runs from 1 November to 30 April, the summer semester from 1 May to 31 October.
 */
export function semesterOf(day: string): { start: string; end: string; label: 'winter' | 'summer'; year: number } {
  const [year, month] = day.split('-').map(Number) as [number, number];
  if (month >= 5 && month <= 10) return { start: `${year}-05-01`, end: `${year}-10-31`, label: 'summer', year };
  const startYear = month >= 11 ? year : year - 1;
  return { start: `${startYear}-11-01`, end: `${startYear + 1}-04-30`, label: 'winter', year: startYear };
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "YYYY-MM-DD", a calendar day (no time zone involved). */
export const isoDay = z
  .string()
  .regex(DAY, 'centre-governance:validation.day')
  .refine((day) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const parsed = new Date(Date.UTC(year, month - 1, date));
    return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
  }, 'centre-governance:validation.day');
