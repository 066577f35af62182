import { z } from 'zod';
import { isoDay, name, optionalDay, optionalEmail, parisDateTime, text } from './common';

export const PROFESSIONS = ['general-practitioner', 'specialist', 'nurse', 'midwife', 'medical-assistant', 'secretary', 'other'] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** How a professional comes to work at the centre. */
export const STAFF_STATUSES = ['gip-employee', 'docteur-junior', 'retired-doctor', 'other'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const CONTRACT_KINDS = ['permanent', 'fixed-term', 'internship', 'retirement-combination', 'secondment', 'other'] as const;

export const professionalInput = z
  .object({
    centreId: z.uuid(),
    firstName: name(80),
    lastName: name(80),
    profession: z.enum(PROFESSIONS),
    status: z.enum(STAFF_STATUSES),
    email: optionalEmail,
    phone: text(30).default(''),
    /** Docteurs juniors: their semester and supervising maître de stage. */
    semesterStart: optionalDay,
    semesterEnd: optionalDay,
    supervisorName: text(160).default(''),
    faculty: text(160).default(''),
  })
  .superRefine((person, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (person.status !== 'docteur-junior') return;
    if (!person.semesterStart) issue('semesterStart', 'centre-governance:validation.semesterRequired');
    if (!person.semesterEnd) issue('semesterEnd', 'centre-governance:validation.semesterRequired');
    if (person.semesterStart && person.semesterEnd && person.semesterEnd <= person.semesterStart) issue('semesterEnd', 'centre-governance:validation.endsBeforeStart');
    if (!person.supervisorName) issue('supervisorName', 'centre-governance:validation.supervisorRequired');
  });
export type ProfessionalInput = z.input<typeof professionalInput>;
export const professionalUpdateInput = z.object({ id: z.uuid(), professional: professionalInput });

export const contractInput = z
  .object({
    professionalId: z.uuid(),
    kind: z.enum(CONTRACT_KINDS),
    employer: text(200).default(''),
    startsOn: isoDay,
    endsOn: optionalDay,
    /** Working time in hundredths of a full-time equivalent (0.8 FTE = 80). */
    fteHundredths: z.number().int().min(1).max(100),
  })
  .refine((contract) => !contract.endsOn || contract.endsOn >= contract.startsOn, { message: 'centre-governance:validation.endsBeforeStart', path: ['endsOn'] });
export type ContractInput = z.input<typeof contractInput>;

/** A room booked for a professional, in Paris time. */
export const bookingInput = z
  .object({
    roomId: z.uuid(),
    professionalId: z.uuid(),
    startsAt: parisDateTime,
    endsAt: parisDateTime,
    note: text(300).default(''),
  })
  .refine((booking) => booking.endsAt > booking.startsAt, { message: 'centre-governance:validation.endsBeforeStart', path: ['endsAt'] })
  .refine((booking) => booking.endsAt.slice(0, 10) === booking.startsAt.slice(0, 10), { message: 'centre-governance:validation.bookingOneDay', path: ['endsAt'] });
export type BookingInput = z.input<typeof bookingInput>;

/** The week (its Monday, or any day of it) of the "who works where" view. */
export const weekInput = z.object({ centreId: z.uuid().optional(), day: isoDay });
