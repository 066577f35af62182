import { z } from 'zod';

export const PERIMETER_KINDS = ['zip', 'zac', 'cpts', 'bassin-vie', 'other'] as const;
export type PerimeterKind = (typeof PERIMETER_KINDS)[number];

export const communeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/);

export const communeListInput = z.object({
  search: z.string().trim().max(100).optional(),
  epciCode: z.string().regex(/^\d{9}$/).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(10).max(100).optional(),
});

export const perimeterInput = z.object({
  name: z.string().trim().min(2).max(120),
  kind: z.enum(PERIMETER_KINDS),
  description: z.string().trim().max(2000).default(''),
  communeCodes: z.array(communeCode).min(1).max(2000),
});
export type PerimeterInput = z.input<typeof perimeterInput>;

export const perimeterId = z.object({ id: z.uuid() });
export const perimeterUpdateInput = perimeterInput.extend({ id: z.uuid() });
