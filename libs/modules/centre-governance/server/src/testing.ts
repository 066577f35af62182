// Factories for tests (this module's and others'): valid inputs of the module's procedures.
import { defaultBodyRules, type BodyKind, type MemberInput, type ProfessionalInput } from '@ancrage/centre-governance-domain';

/** A member of a GIP: a public person by default, its votes in the general assembly as given. */
export function memberInputFor(gipId: string, overrides: Partial<MemberInput> & Pick<MemberInput, 'name'>): MemberInput {
  return { gipId, kind: 'commune', sector: 'public', votingRights: 1, contactEmail: '', ...overrides };
}

/** A body with the usual rules of a GIP convention (see `defaultBodyRules`). */
export function bodyInputFor(gipId: string, kind: BodyKind) {
  return { gipId, kind, name: kind === 'general-assembly' ? 'Assemblée générale' : "Conseil d'administration", rules: defaultBodyRules(kind) };
}

/** A docteur junior on the winter semester, supervised by a fictitious maître de stage. */
export function juniorInputFor(centreId: string, overrides: Partial<ProfessionalInput> = {}): ProfessionalInput {
  return {
    centreId,
    firstName: 'Sacha',
    lastName: 'Interne (test)',
    profession: 'general-practitioner',
    status: 'docteur-junior',
    email: 'sacha.test@example.org',
    semesterStart: '2026-11-02',
    semesterEnd: '2027-04-30',
    supervisorName: 'Dr Maître (test)',
    ...overrides,
  };
}
