import { z } from 'zod';
import { FTE_PROFESSIONS } from '../rules/activity';
import { cents } from './common';

const count = z.number().int().min(0).max(1_000_000_000);

export const activityInput = z
  .object({
    siteId: z.uuid(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'centre-governance:validation.month'),
    consultations: count,
    unscheduledConsultations: count,
    homeVisits: count,
    activePatients: count,
    referringDoctorPatients: count,
    feeRevenueCents: cents,
    fte: z.partialRecord(z.enum(FTE_PROFESSIONS), z.number().int().min(0).max(50_000)).default({}),
  })
  .superRefine((row, ctx) => {
    if (row.unscheduledConsultations > row.consultations) ctx.addIssue({ code: 'custom', path: ['unscheduledConsultations'], message: 'centre-governance:validation.unscheduledOverTotal' });
    if (row.referringDoctorPatients > row.activePatients) ctx.addIssue({ code: 'custom', path: ['referringDoctorPatients'], message: 'centre-governance:validation.referringOverActive' });
  });
export type ActivityInput = z.input<typeof activityInput>;

export const activityImportInput = z.object({ centreId: z.uuid(), csv: z.string().min(1).max(2_000_000) });

export const activityQueryInput = z.object({ centreId: z.uuid(), year: z.number().int().min(2000).max(2100) });
