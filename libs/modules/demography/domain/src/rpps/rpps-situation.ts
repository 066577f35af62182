import type { RppsColumnIndex } from './rpps-header';

export type PracticeMode = 'liberal' | 'salaried' | 'volunteer';

/** One row of the extract: a professional at one practice site. */
export interface RppsSituation {
  /** "Identification nationale PP": the type digit (8 RPPS, 0 ADELI) then the identifier. */
  nationalId: string;
  idType: 'rpps' | 'adeli';
  lastName: string;
  firstName: string;
  professionCode: string;
  professionLabel: string;
  categoryCode: string;
  specialtyCode: string | null;
  specialtyLabel: string | null;
  mode: PracticeMode | null;
  siret: string | null;
  finess: string | null;
  structureId: string | null;
  structureName: string | null;
  postalCode: string | null;
  communeCode: string | null;
  /** The commune label, or the town of the "bureau cedex" line when the label is empty (often, in real data). */
  communeLabel: string | null;
  departementCode: string | null;
  sectorCode: string | null;
  sectorLabel: string | null;
}

export type RppsRowProblem = 'tooFewFields' | 'missingIdentifier' | 'unknownIdentifierType' | 'missingProfession' | 'invalidCommuneCode' | 'invalidPostalCode';

export type RppsRowResult = { ok: true; situation: RppsSituation } | { ok: false; problem: RppsRowProblem };

const MODES: Record<string, PracticeMode> = { L: 'liberal', S: 'salaried', B: 'volunteer' };
const ID_TYPES: Record<string, RppsSituation['idType']> = { '8': 'rpps', '0': 'adeli' };
const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const POSTAL_CODE = /^\d{5}$/;

const orNull = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** "55100 VERDUN CEDEX 2" → "VERDUN" */
export function townOfCedexLine(line: string | null): string | null {
  if (!line) return null;
  const town = line.replace(/^\d{5}\s+/, '').replace(/\s+CEDEX(\s+\d+)?$/i, '').trim();
  return town || null;
}

/** Reads one split row with the header's column positions; never throws. */
export function readRppsSituation(fields: readonly string[], columns: RppsColumnIndex, highestIndex: number): RppsRowResult {
  if (fields.length <= highestIndex) return { ok: false, problem: 'tooFewFields' };
  const field = (name: keyof RppsColumnIndex) => orNull(fields[columns[name]]);
  const idType = ID_TYPES[field('identifierType') ?? ''];
  const identifier = field('identifier');
  if (!identifier) return { ok: false, problem: 'missingIdentifier' };
  if (!idType) return { ok: false, problem: 'unknownIdentifierType' };
  const professionCode = field('professionCode');
  if (!professionCode) return { ok: false, problem: 'missingProfession' };
  const communeCode = field('communeCode');
  if (communeCode && !COMMUNE_CODE.test(communeCode)) return { ok: false, problem: 'invalidCommuneCode' };
  const postalCode = field('postalCode');
  if (postalCode && !POSTAL_CODE.test(postalCode)) return { ok: false, problem: 'invalidPostalCode' };
  return {
    ok: true,
    situation: {
      nationalId: field('nationalIdentifier') ?? `${field('identifierType')}${identifier}`,
      idType,
      lastName: field('lastName') ?? '',
      firstName: field('firstName') ?? '',
      professionCode,
      professionLabel: field('professionLabel') ?? '',
      categoryCode: field('categoryCode') ?? '',
      specialtyCode: field('specialtyCode'),
      specialtyLabel: field('specialtyLabel'),
      mode: MODES[field('modeCode') ?? ''] ?? null,
      siret: field('siret'),
      finess: field('finess'),
      structureId: field('structureId'),
      structureName: field('structureName') ?? field('tradeName'),
      postalCode,
      communeCode,
      communeLabel: field('communeLabel') ?? townOfCedexLine(field('cedexOffice')),
      departementCode: field('departementCode'),
      sectorCode: field('sectorCode'),
      sectorLabel: field('sectorLabel'),
    },
  };
}
