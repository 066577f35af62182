import { z } from 'zod';
import { CENTRE_STATUSES } from '../rules/statuses';
import { isoDay, name, optionalDay, text } from './common';

export const SITE_KINDS = ['main', 'antenna'] as const;
export const ROOM_KINDS = ['consultation', 'care', 'meeting', 'other'] as const;
export const CENTRE_DOCUMENT_KINDS = ['health-project', 'operating-rules', 'other'] as const;
export type CentreDocumentKind = (typeof CENTRE_DOCUMENT_KINDS)[number];

const HOUR = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An opening period of a weekday (1 Monday … 7 Sunday), Paris time. */
export const openingPeriod = z
  .object({
    weekday: z.number().int().min(1).max(7),
    opens: z.string().regex(HOUR, 'centre-governance:validation.hour'),
    closes: z.string().regex(HOUR, 'centre-governance:validation.hour'),
  })
  .refine((period) => period.closes > period.opens, { message: 'centre-governance:validation.closesBeforeOpens', path: ['closes'] });
export type OpeningPeriod = z.output<typeof openingPeriod>;

const communeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'centre-governance:validation.communeCode');

export const centreInput = z.object({
  name: name(),
  description: text(4000).default(''),
  gipId: z.uuid().nullable().default(null),
  plannedOpeningOn: optionalDay,
  /** INSEE codes of the communes the centre serves. */
  communeCodes: z.array(communeCode).max(1000).default([]),
});
export type CentreInput = z.input<typeof centreInput>;
export const centreUpdateInput = centreInput.extend({ id: z.uuid() });

export const centreStatusInput = z.object({ id: z.uuid(), status: z.enum(CENTRE_STATUSES), on: isoDay });

export const siteInput = z
  .object({
    centreId: z.uuid(),
    name: name(),
    kind: z.enum(SITE_KINDS),
    address: text(300).default(''),
    communeCode: z.union([communeCode, z.literal('')]).default(''),
    openingHours: z.array(openingPeriod).max(50).default([]),
  })
  .superRefine((site, ctx) => {
    site.openingHours.forEach((period, index) => {
      const overlapping = site.openingHours.some((other, j) => j !== index && other.weekday === period.weekday && other.opens < period.closes && period.opens < other.closes);
      if (overlapping) ctx.addIssue({ code: 'custom', path: ['openingHours', index, 'opens'], message: 'centre-governance:validation.hoursOverlap' });
    });
  });
export type SiteInput = z.input<typeof siteInput>;

export const roomInput = z.object({ siteId: z.uuid(), name: name(80), kind: z.enum(ROOM_KINDS) });

/** A document already uploaded (POST /api/files), attached to a centre. */
export const centreDocumentInput = z.object({
  centreId: z.uuid(),
  kind: z.enum(CENTRE_DOCUMENT_KINDS),
  title: name(200),
  version: text(40).default(''),
  adoptedOn: optionalDay,
  fileId: z.uuid(),
});
