import { z } from 'zod';
import { profileForm } from '../common/profile-draft';

/** How the candidate can be reached, as a form holds it. */
export interface ContactDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  /** YYYY-MM-DD or ''. */
  birthDate: string;
}

export const EMPTY_CONTACT: ContactDraft = { firstName: '', lastName: '', email: '', phone: '', birthDate: '' };

const required = 'errors:validation.required';

/** The API's contact rules, checked before sending (same messages as its refusals). */
export const contactForm = z.object({
  firstName: z.string().trim().min(1, required).max(100),
  lastName: z.string().trim().min(1, required).max(100),
  email: z.email().trim().toLowerCase().max(254),
  phone: z.string().trim().max(30),
  birthDate: z
    .union([z.literal(''), z.iso.date('incentives:validation.date')])
    .transform((day) => day || null),
});

/** Contact and situation of an application, field paths `contact.*` and `profile.*`. */
export const applicationForm = z.object({ contact: contactForm, profile: profileForm });

export const contactFromSaved = (contact: { firstName: string; lastName: string; email: string; phone: string; birthDate: string | null }): ContactDraft => ({
  ...contact,
  birthDate: contact.birthDate ?? '',
});
