import { describe, expect, it } from 'vitest';
import { evaluateScheme, runTestCases } from './eligibility';
import type { Profile } from './profile.schema';
import { TEST_GEO } from './rules/rule.arbitraries';
import { schemeContentInput, type SchemeContentInput } from './scheme.schema';

const LOCAL = 'local:9b2f7a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b' as const;

const content = (overrides: Partial<SchemeContentInput> = {}) =>
  schemeContentInput.parse({
    name: { fr: "Bourse d'études du département" },
    summary: { fr: '' },
    description: { fr: '' },
    kind: 'study-grant',
    audiences: ['student', 'interne'],
    eligibility: {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
        { op: 'condition', condition: { type: 'commitment-years', min: 3 } },
      ],
    },
    amount: { mode: 'yearly', amountCents: 300_000, years: 4, ceilingCents: 1_000_000 },
    commitment: { years: 3 },
    incompatibleWith: ['national:cesp'],
    ...overrides,
  });

const student: Profile = { status: 'student', profession: 'medecin', yearOfStudy: 5, commitmentYearsAccepted: 5, receiving: [] };

describe('evaluateScheme', () => {
  it('makes an eligible profile an offer: amount and commitment', () => {
    const verdict = evaluateScheme(content(), student, TEST_GEO);
    expect(verdict).toMatchObject({ eligible: true, audienceMatches: true, incompatibleWith: [], amount: { totalCents: 1_000_000, capped: true }, commitment: { years: 3, repayment: 'pro-rata' } });
    expect(verdict.explanation.holds).toBe(true);
  });

  it('needs the audience, the rule and no incompatible scheme', () => {
    const outside = evaluateScheme(content(), { ...student, status: 'practising-professional' }, TEST_GEO);
    expect(outside).toMatchObject({ eligible: false, audienceMatches: false, amount: null });
    expect(outside.explanation.holds).toBe(true);

    const notCommitted = evaluateScheme(content(), { ...student, commitmentYearsAccepted: undefined }, TEST_GEO);
    expect(notCommitted).toMatchObject({ eligible: false, audienceMatches: true, amount: null });
    expect(notCommitted.explanation).toMatchObject({ holds: false, children: [{ holds: true }, { holds: false, outcome: 'missing' }] });

    const cesp = evaluateScheme(content(), { ...student, receiving: ['national:cesp', 'national:installation-contract'] }, TEST_GEO);
    expect(cesp).toMatchObject({ eligible: false, incompatibleWith: ['national:cesp'], amount: null });
  });

  it('does not exclude the national scheme a local one varies unless it says so', () => {
    const topUp = content({ nationalBase: 'cesp', incompatibleWith: [] });
    expect(evaluateScheme(topUp, { ...student, receiving: ['national:cesp'] }, TEST_GEO).eligible).toBe(true);
  });

  it('excludes receiving the scheme itself twice when told which it is', () => {
    const profile: Profile = { ...student, receiving: [LOCAL] };
    expect(evaluateScheme(content(), profile, TEST_GEO).eligible).toBe(true);
    expect(evaluateScheme(content(), profile, TEST_GEO, { schemeRef: LOCAL })).toMatchObject({ eligible: false, incompatibleWith: [LOCAL] });
  });
});

describe('runTestCases', () => {
  it('passes cases whose eligibility and amount are as expected, and says what failed otherwise', () => {
    const scheme = content({
      testCases: [
        { label: 'Étudiant engagé', profile: student, expectEligible: true, expectedAmountCents: 1_000_000 },
        { label: 'Montant faux', profile: student, expectEligible: true, expectedAmountCents: 1_200_000 },
        { label: 'Sage-femme', profile: { ...student, profession: 'sage-femme' }, expectEligible: false, expectedAmountCents: 5 },
        { label: 'Attendu éligible à tort', profile: { ...student, status: 'docteur-junior' }, expectEligible: true, expectedAmountCents: 1_000_000 },
      ],
    });
    expect(runTestCases(scheme, TEST_GEO).map(({ label, passed, failures }) => ({ label, passed, failures }))).toEqual([
      { label: 'Étudiant engagé', passed: true, failures: [] },
      { label: 'Montant faux', passed: false, failures: ['amount'] },
      { label: 'Sage-femme', passed: true, failures: [] },
      { label: 'Attendu éligible à tort', passed: false, failures: ['eligibility'] },
    ]);
  });
});
