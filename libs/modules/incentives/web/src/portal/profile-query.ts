import { PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES, communeCode, schemeReference, type SchemeReference } from '@ancrage/incentives-domain';
import { EMPTY_PROFILE_DRAFT, type ProfileDraft } from '../common/profile-draft';

// Short, readable parameter names: the link is meant to be shared.
const names = {
  status: 'status',
  profession: 'profession',
  specialty: 'specialty',
  yearOfStudy: 'year',
  age: 'age',
  practiceCommune: 'commune',
  practiceMode: 'mode',
  commitmentYearsAccepted: 'commitment',
  receiving: 'receiving',
} as const satisfies Record<keyof ProfileDraft, string>;

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | '' => ((allowed as readonly string[]).includes(value ?? '') ? (value as T) : '');

const integer = (value: string | null, min: number, max: number): number | '' => {
  if (value === null || !/^\d{1,2}$/.test(value)) return '';
  const number = Number(value);
  return number >= min && number <= max ? number : '';
};

/** The situation written in an address's query; anything unknown or out of range is ignored. */
export function draftFromQuery(params: URLSearchParams): ProfileDraft {
  const commune = params.get(names.practiceCommune) ?? '';
  const receiving = params
    .getAll(names.receiving)
    .flatMap((value) => value.split(','))
    .filter((value): value is SchemeReference => schemeReference.safeParse(value).success);
  return {
    ...EMPTY_PROFILE_DRAFT,
    status: oneOf(params.get(names.status), STATUSES),
    profession: oneOf(params.get(names.profession), PROFESSIONS),
    specialty: oneOf(params.get(names.specialty), SPECIALTIES),
    yearOfStudy: integer(params.get(names.yearOfStudy), 1, 15),
    age: integer(params.get(names.age), 15, 99),
    practiceCommune: communeCode.safeParse(commune).success ? commune : '',
    practiceMode: oneOf(params.get(names.practiceMode), PRACTICE_MODES),
    commitmentYearsAccepted: integer(params.get(names.commitmentYearsAccepted), 0, 15),
    receiving: [...new Set(receiving)],
  };
}

/** The situation as a query ("status=interne&profession=medecin&…"), answered fields only. */
export function queryFromDraft(draft: ProfileDraft): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(names) as (keyof ProfileDraft)[]) {
    const value = draft[key];
    if (key === 'receiving') {
      for (const reference of draft.receiving) params.append(names.receiving, reference);
    } else if (value !== '') params.set(names[key], String(value));
  }
  return params;
}
