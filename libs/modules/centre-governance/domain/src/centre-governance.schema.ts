import { z } from 'zod';

/** Input of the `createItem` procedure. */
export const itemInput = z.object({
  name: z.string().trim().min(2).max(120),
  description: z.string().trim().max(2000).default(''),
});
export type ItemInput = z.input<typeof itemInput>;

/** Input of the `items` procedure (the page size comes from the tenant's settings). */
export const itemListInput = z.object({ page: z.number().int().min(1).max(10_000).default(1) }).default({ page: 1 });
export type ItemListInput = z.input<typeof itemListInput>;
