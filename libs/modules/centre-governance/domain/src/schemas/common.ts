import { z } from 'zod';
import { PARIS_DATE_TIME_PATTERN } from '@ancrage/i18n';
import { isoDay } from '../rules/semester';

export const text = (max: number) => z.string().trim().max(max);
export const name = (max = 160) => text(max).min(2, 'centre-governance:validation.nameTooShort');
export const optionalDay = z.union([isoDay, z.literal('')]).default('');
export const parisDateTime = z.string().regex(PARIS_DATE_TIME_PATTERN, 'centre-governance:validation.dateTime');
/** Integer cents (money is never a float). */
export const cents = z.number().int('centre-governance:validation.cents').min(0).max(100_000_000_000);
export const optionalEmail = z.union([z.email('errors:validation.email'), z.literal('')]).default('');
export const idInput = z.object({ id: z.uuid() });
export const yearInput = z.object({ year: z.number().int().min(2000).max(2100) });
export { isoDay };
