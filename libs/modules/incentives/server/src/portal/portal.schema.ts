import { z } from 'zod';
import { profileInput } from '@ancrage/incentives-domain';
import { schemeSlug } from '../schemes/scheme.schema';

export const portalSchemeInput = z.object({ slug: schemeSlug });

export const simulateInput = z.object({ profile: profileInput });

export const portalCommunesInput = z.object({ search: z.string().trim().max(80).default('') });
