import { z } from 'zod';
import { PROFESSIONS, STATUSES, profileInput, type PracticeMode, type Profession, type ProfileInput, type SchemeReference, type Specialty, type Status } from '@ancrage/incentives-domain';

/** A profile as a form holds it: empty strings for what is not answered yet. */
export interface ProfileDraft {
  status: Status | '';
  profession: Profession | '';
  specialty: Specialty | '';
  yearOfStudy: number | '';
  age: number | '';
  practiceCommune: string;
  practiceMode: PracticeMode | '';
  commitmentYearsAccepted: number | '';
  receiving: SchemeReference[];
}

export const EMPTY_PROFILE_DRAFT: ProfileDraft = {
  status: '',
  profession: '',
  specialty: '',
  yearOfStudy: '',
  age: '',
  practiceCommune: '',
  practiceMode: '',
  commitmentYearsAccepted: '',
  receiving: [],
};

/** Statuses for which the year of study means something. */
export const STUDYING_STATUSES: readonly Status[] = ['student', 'interne', 'docteur-junior'];

/**
 * The value to check with `profileInput` (unanswered fields left out); a
 * missing status or profession stays `undefined` so that the schema says so.
 */
export function profileFromDraft(draft: ProfileDraft): Partial<ProfileInput> {
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(draft)) {
    if (field !== '' && field !== undefined) value[key] = field;
  }
  return value as Partial<ProfileInput>;
}

/** A saved profile back into the form. */
export function draftFromProfile(profile: Partial<ProfileInput> | null | undefined): ProfileDraft {
  if (!profile) return { ...EMPTY_PROFILE_DRAFT };
  return {
    status: profile.status ?? '',
    profession: profile.profession ?? '',
    specialty: profile.specialty ?? '',
    yearOfStudy: profile.yearOfStudy ?? '',
    age: profile.age ?? '',
    practiceCommune: profile.practiceCommune ?? '',
    practiceMode: profile.practiceMode ?? '',
    commitmentYearsAccepted: profile.commitmentYearsAccepted ?? '',
    receiving: [...(profile.receiving ?? [])],
  };
}

/** The profile's schema for forms: an unanswered status or profession reads "required", not "invalid value". */
export const profileForm = profileInput.extend({
  status: z.enum(STATUSES, 'errors:validation.required'),
  profession: z.enum(PROFESSIONS, 'errors:validation.required'),
});
