/** Savoir-faire codes of general practice in the RPPS (qualified in, specialist of, general medicine). */
export const GENERAL_PRACTICE_SPECIALTIES = ['SM26', 'SM53', 'SM54'] as const;

/** What an indicator counts: a profession, or general practice within physicians. */
export interface IndicatorSubject {
  id: string;
  professionCode: string;
  specialtyCodes?: readonly string[];
}

export const INDICATOR_SUBJECTS = [
  { id: 'general-practice', professionCode: '10', specialtyCodes: GENERAL_PRACTICE_SPECIALTIES },
  { id: 'physicians', professionCode: '10' },
  { id: 'nurses', professionCode: '60' },
  { id: 'physiotherapists', professionCode: '70' },
  { id: 'dentists', professionCode: '40' },
  { id: 'midwives', professionCode: '50' },
  { id: 'pharmacists', professionCode: '21' },
  { id: 'speech-therapists', professionCode: '91' },
  { id: 'orthoptists', professionCode: '92' },
  { id: 'podiatrists', professionCode: '80' },
] as const satisfies readonly IndicatorSubject[];

export type SubjectId = (typeof INDICATOR_SUBJECTS)[number]['id'];
export const SUBJECT_IDS = INDICATOR_SUBJECTS.map((s) => s.id) as [SubjectId, ...SubjectId[]];

export function subjectById(id: SubjectId): IndicatorSubject {
  return INDICATOR_SUBJECTS.find((s) => s.id === id) as IndicatorSubject;
}

export function matchesSubject(subject: IndicatorSubject, professionCode: string, specialtyCode: string | null): boolean {
  if (subject.professionCode !== professionCode) return false;
  return !subject.specialtyCodes || (specialtyCode !== null && subject.specialtyCodes.includes(specialtyCode));
}

/** Profession codes with a translated label (`demography:professions.<code>`); others keep the file's label. */
export const KNOWN_PROFESSIONS = ['10', '21', '40', '50', '60', '70', '80', '91', '92', '93'] as const;
