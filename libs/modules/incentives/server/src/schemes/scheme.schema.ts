import { z } from 'zod';
import { areaInput, communeCode, SCHEME_STATUSES, schemeContentInput } from '@ancrage/incentives-domain';

/** The scheme's address on the portal: kebab-case, fixed once created. */
export const schemeSlug = z
  .string()
  .trim()
  .min(3, 'incentives:errors.schemeSlugFormat')
  .max(60, 'incentives:errors.schemeSlugFormat')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'incentives:errors.schemeSlugFormat');

export const schemeIdInput = z.object({ id: z.uuid() });

export const schemeListInput = z.object({ status: z.enum(SCHEME_STATUSES).optional() }).default({});

export const createSchemeInput = z.object({ slug: schemeSlug, content: schemeContentInput });

/** `rowVersion` is the version the editor loaded: a save over someone else's is refused. */
const rowVersion = z.number().int().min(1);

export const saveSchemeDraftInput = z.object({ id: z.uuid(), rowVersion, content: schemeContentInput });

export const schemeVersionedInput = z.object({ id: z.uuid(), rowVersion });

/** The places an editor's rule names, to evaluate it in the browser. */
export const schemeGeoInput = z.object({
  communes: z.array(communeCode).max(2000).default([]),
  epcis: areaInput.shape.epcis,
  perimeterIds: areaInput.shape.perimeterIds,
});
