// Generators for property tests of the rules engine (test code only).
import fc from 'fast-check';
import type { Profile, SchemeReference } from '../profile.schema';
import { PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES } from '../vocabulary';
import type { Area, Condition, GeoSnapshot, Rule } from './rule.schema';

export const PERIMETER_A = '6f1c2d3e-4a5b-4c6d-8e7f-1a2b3c4d5e6f';
export const PERIMETER_EMPTY = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const PERIMETER_UNKNOWN = 'ffffffff-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** A small territory: two EPCIs, a perimeter, a perimeter without communes. */
export const TEST_GEO: GeoSnapshot = {
  epcis: { '200000001': ['24001', '24002', '24003'], '200000002': ['24004', '24005'] },
  perimeters: { [PERIMETER_A]: ['24002', '24005', '24006'], [PERIMETER_EMPTY]: [] },
  knownCommunes: ['24001', '24002', '24003', '24004', '24005', '24006', '24007'],
};

const COMMUNES = ['24001', '24002', '24003', '24004', '24005', '24006', '24007', '33063'];
const EPCIS = ['200000001', '200000002', '200000099'];
const PERIMETERS = [PERIMETER_A, PERIMETER_EMPTY, PERIMETER_UNKNOWN];
export const REFERENCES: SchemeReference[] = ['national:cesp', 'national:interne-housing-indemnity', 'local:9b2f7a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'];

const someOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: Math.min(values.length, 4) });
const range = (min: number, max: number) =>
  fc
    .tuple(fc.option(fc.integer({ min, max }), { nil: undefined }), fc.option(fc.integer({ min, max }), { nil: undefined }))
    .filter(([a, b]) => a !== undefined || b !== undefined)
    .map(([a, b]) => (a !== undefined && b !== undefined && a > b ? { min: b, max: a } : { ...(a !== undefined && { min: a }), ...(b !== undefined && { max: b }) }));

export const areaArbitrary: fc.Arbitrary<Area> = fc
  .record({
    communes: fc.uniqueArray(fc.constantFrom(...COMMUNES), { maxLength: 3 }),
    epcis: fc.uniqueArray(fc.constantFrom(...EPCIS), { maxLength: 2 }),
    perimeterIds: fc.uniqueArray(fc.constantFrom(...PERIMETERS), { maxLength: 2 }),
  })
  .filter((a) => a.communes.length + a.epcis.length + a.perimeterIds.length > 0);

export const conditionArbitrary: fc.Arbitrary<Condition> = fc.oneof(
  someOf(STATUSES).map((values) => ({ type: 'status' as const, in: values })),
  someOf(PROFESSIONS).map((values) => ({ type: 'profession' as const, in: values })),
  someOf(SPECIALTIES).map((values) => ({ type: 'specialty' as const, in: values })),
  range(1, 15).map((r) => ({ type: 'year-of-study' as const, range: r })),
  range(15, 99).map((r) => ({ type: 'age' as const, range: r })),
  areaArbitrary.map((area) => ({ type: 'practice-area' as const, area })),
  someOf(PRACTICE_MODES).map((values) => ({ type: 'practice-mode' as const, in: values })),
  fc.integer({ min: 1, max: 15 }).map((min) => ({ type: 'commitment-years' as const, min })),
  someOf(REFERENCES).map((schemes) => ({ type: 'not-receiving' as const, schemes })),
);

/** Rules up to four levels deep, with groups of up to four members: enough for members to interfere. */
export const ruleArbitrary: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'medium', maxDepth: 4, withCrossShrink: true },
    conditionArbitrary.map((condition): Rule => ({ op: 'condition', condition })),
    fc.array(tie('rule'), { maxLength: 4 }).map((rules): Rule => ({ op: 'all', rules })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 4 }).map((rules): Rule => ({ op: 'any', rules })),
    tie('rule').map((rule): Rule => ({ op: 'not', rule })),
  ),
})).rule;

/** Profiles over the whole vocabulary, every optional answer sometimes missing. */
export const profileArbitrary: fc.Arbitrary<Profile> = fc
  .record(
    {
      status: fc.constantFrom(...STATUSES),
      profession: fc.constantFrom(...PROFESSIONS),
      specialty: fc.constantFrom(...SPECIALTIES),
      yearOfStudy: fc.integer({ min: 1, max: 15 }),
      age: fc.integer({ min: 15, max: 99 }),
      practiceCommune: fc.constantFrom(...COMMUNES),
      practiceMode: fc.constantFrom(...PRACTICE_MODES),
      commitmentYearsAccepted: fc.integer({ min: 0, max: 15 }),
      receiving: fc.uniqueArray(fc.constantFrom(...REFERENCES)),
    },
    { requiredKeys: ['status', 'profession', 'receiving'] },
  )
  .map((profile): Profile => profile);
