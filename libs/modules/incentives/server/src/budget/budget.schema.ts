import { z } from 'zod';
import { cents } from '@ancrage/incentives-domain';

export const budgetYearInput = z.object({ year: z.number().int().min(2000).max(2100) });

/** An envelope for one year; null removes it (the scheme's yearly envelope applies again). */
export const setEnvelopeInput = z.object({ schemeId: z.uuid(), year: budgetYearInput.shape.year, envelopeCents: cents.nullable() });
