import { z } from 'zod';
import { APPLICATION_STATUSES, profileInput } from '@ancrage/incentives-domain';

const isoDay = z.iso.date('incentives:validation.date');
const text = (max: number) => z.string().trim().max(max);

/** How the candidate can be reached; the identity the agreement names. */
export const contactInput = z.object({
  firstName: text(100).min(1),
  lastName: text(100).min(1),
  email: z.email().trim().toLowerCase().max(254),
  phone: text(30).default(''),
  birthDate: isoDay.nullish().transform((day) => day ?? null),
});
export type ContactInput = z.output<typeof contactInput>;

export const idInput = z.object({ id: z.uuid() });
const rowVersion = z.number().int().min(1);

export const startApplicationInput = z.object({ slug: z.string().trim().min(1).max(80), profile: profileInput, contact: contactInput });
export const updateMyApplicationInput = z.object({ id: z.uuid(), rowVersion, profile: profileInput, contact: contactInput });
export const versionedIdInput = z.object({ id: z.uuid(), rowVersion });
export const attachDocumentInput = z.object({ id: z.uuid(), documentKey: z.string().trim().min(1).max(40), fileId: z.uuid() });
export const removeDocumentInput = z.object({ id: z.uuid(), documentId: z.uuid() });
export const requestChangeInput = z.object({
  id: z.uuid(),
  message: text(2000).min(5),
  proposed: z
    .object({ profile: profileInput.optional(), contact: contactInput.optional() })
    .refine((proposed) => proposed.profile !== undefined || proposed.contact !== undefined, 'incentives:errors.applicationChangeEmpty'),
});

export const applicationsFilterInput = z
  .object({
    schemeId: z.uuid().optional(),
    status: z.enum(APPLICATION_STATUSES).optional(),
    search: text(100).optional(),
  })
  .default({});

export const transitionInput = z.object({
  id: z.uuid(),
  rowVersion,
  to: z.enum(APPLICATION_STATUSES),
  comment: text(2000).default(''),
  budgetOverride: z.boolean().default(false),
  /** The day of the agreement, of the commitment's start or break, of the repayment (today when omitted). */
  on: isoDay.optional(),
});
export type TransitionInput = z.output<typeof transitionInput>;

export const decideChangeRequestInput = z.object({ id: z.uuid(), accept: z.boolean(), comment: text(2000).default('') });

export const remindersInput = z.object({ pending: z.boolean().optional() }).default({});
