/** The words of incentive schemes: each list is also an i18n key family (`incentives:<family>.<value>`). */

export const SCHEME_KINDS = ['study-grant', 'installation-aid', 'housing', 'transport', 'honour-loan', 'equipment-aid', 'other'] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

/** Where a person stands in their career; a scheme targets some of them. */
export const STATUSES = ['student', 'interne', 'docteur-junior', 'settling-professional', 'practising-professional'] as const;
export type Status = (typeof STATUSES)[number];

export const PROFESSIONS = [
  'medecin',
  'chirurgien-dentiste',
  'sage-femme',
  'pharmacien',
  'infirmier',
  'masseur-kinesitherapeute',
  'orthophoniste',
  'orthoptiste',
  'pedicure-podologue',
  'psychologue',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** Medical specialties most schemes target; "other" covers the rest. */
export const SPECIALTIES = [
  'medecine-generale',
  'pediatrie',
  'psychiatrie',
  'gynecologie',
  'ophtalmologie',
  'cardiologie',
  'dermatologie',
  'geriatrie',
  'urgences',
  'other',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const PRACTICE_MODES = ['liberal', 'salaried', 'mixed'] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];

/**
 * National schemes a local one may vary or exclude: the CESP (contrat d'engagement
 * de service public), the national housing indemnity for internes, the State's
 * installation contracts (CAIM, COSCOM…) grouped as one.
 */
export const NATIONAL_SCHEMES = ['cesp', 'interne-housing-indemnity', 'interne-transport-indemnity', 'installation-contract'] as const;
export type NationalScheme = (typeof NATIONAL_SCHEMES)[number];

export const SCHEME_STATUSES = ['draft', 'published', 'archived'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

export const CALENDAR_MODES = ['ongoing', 'window', 'yearly'] as const;
export type CalendarMode = (typeof CALENDAR_MODES)[number];

export const SELECTION_MODES = ['automatic', 'committee'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

export const REPAYMENT_RULES = ['pro-rata', 'full', 'none'] as const;
export type RepaymentRule = (typeof REPAYMENT_RULES)[number];

/** Kinds of file a required document accepts, checked by type and content. */
export const DOCUMENT_FORMATS = ['pdf', 'image'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
