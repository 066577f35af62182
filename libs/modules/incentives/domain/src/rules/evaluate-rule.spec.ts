import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.schema';
import { evaluateRule } from './evaluate-rule';
import type { Explanation } from './explanation';
import { PERIMETER_A, profileArbitrary, ruleArbitrary, TEST_GEO } from './rule.arbitraries';
import { EVERYONE, type Condition, type Rule } from './rule.schema';

const condition = (c: Condition): Rule => ({ op: 'condition', condition: c });
const not = (rule: Rule): Rule => ({ op: 'not', rule });
const all = (...rules: Rule[]): Rule => ({ op: 'all', rules });
const any = (...rules: Rule[]): Rule => ({ op: 'any', rules });
const holds = (rule: Rule, profile: Profile) => evaluateRule(rule, profile, TEST_GEO).holds;

const interne: Profile = { status: 'interne', profession: 'medecin', specialty: 'medecine-generale', yearOfStudy: 8, age: 27, practiceCommune: '24005', receiving: ['national:cesp'] };

describe('evaluateRule: conditions', () => {
  const outcome = (c: Condition, profile: Profile = interne) => {
    const explanation = evaluateRule(condition(c), profile, TEST_GEO);
    return explanation.op === 'condition' ? explanation.outcome : 'not a condition';
  };

  it('tests statuses, professions, specialties and practice modes against their lists', () => {
    expect(outcome({ type: 'status', in: ['interne', 'docteur-junior'] })).toBe('held');
    expect(outcome({ type: 'status', in: ['student'] })).toBe('failed');
    expect(outcome({ type: 'profession', in: ['medecin'] })).toBe('held');
    expect(outcome({ type: 'profession', in: ['sage-femme'] })).toBe('failed');
    expect(outcome({ type: 'specialty', in: ['pediatrie', 'medecine-generale'] })).toBe('held');
    expect(outcome({ type: 'specialty', in: ['pediatrie'] })).toBe('failed');
    expect(outcome({ type: 'practice-mode', in: ['liberal'] })).toBe('missing');
    expect(outcome({ type: 'practice-mode', in: ['liberal'] }, { ...interne, practiceMode: 'liberal' })).toBe('held');
    expect(outcome({ type: 'specialty', in: ['pediatrie'] }, { ...interne, specialty: undefined })).toBe('missing');
  });

  it('includes both bounds of a range', () => {
    expect(outcome({ type: 'age', range: { min: 27, max: 27 } })).toBe('held');
    expect(outcome({ type: 'age', range: { max: 26 } })).toBe('failed');
    expect(outcome({ type: 'age', range: { min: 28 } })).toBe('failed');
    expect(outcome({ type: 'year-of-study', range: { min: 7, max: 11 } })).toBe('held');
    expect(outcome({ type: 'year-of-study', range: { min: 9 } })).toBe('failed');
    expect(outcome({ type: 'age', range: { min: 20 } }, { ...interne, age: undefined })).toBe('missing');
    expect(outcome({ type: 'year-of-study', range: { min: 1 } }, { ...interne, yearOfStudy: undefined })).toBe('missing');
  });

  it('places a commune through communes, EPCIs and perimeters', () => {
    expect(outcome({ type: 'practice-area', area: { communes: ['24005'], epcis: [], perimeterIds: [] } })).toBe('held');
    expect(outcome({ type: 'practice-area', area: { communes: [], epcis: ['200000002'], perimeterIds: [] } })).toBe('held');
    expect(outcome({ type: 'practice-area', area: { communes: [], epcis: [], perimeterIds: [PERIMETER_A] } })).toBe('held');
    expect(outcome({ type: 'practice-area', area: { communes: ['24001'], epcis: ['200000001'], perimeterIds: [] } })).toBe('failed');
    // An EPCI the snapshot does not know has no communes.
    expect(outcome({ type: 'practice-area', area: { communes: [], epcis: ['200000099'], perimeterIds: [] } })).toBe('failed');
    expect(outcome({ type: 'practice-area', area: { communes: ['24005'], epcis: [], perimeterIds: [] } }, { ...interne, practiceCommune: undefined })).toBe('missing');
  });

  it('compares accepted commitment years with the minimum and checks schemes received', () => {
    expect(outcome({ type: 'commitment-years', min: 3 }, { ...interne, commitmentYearsAccepted: 3 })).toBe('held');
    expect(outcome({ type: 'commitment-years', min: 3 }, { ...interne, commitmentYearsAccepted: 2 })).toBe('failed');
    expect(outcome({ type: 'commitment-years', min: 3 })).toBe('missing');
    expect(outcome({ type: 'not-receiving', schemes: ['national:cesp'] })).toBe('failed');
    expect(outcome({ type: 'not-receiving', schemes: ['national:installation-contract'] })).toBe('held');
    expect(outcome({ type: 'not-receiving', schemes: ['national:cesp'] }, { ...interne, receiving: [] })).toBe('held');
  });

  it('does not hold a condition on a missing answer, so its negation holds', () => {
    const onMode = condition({ type: 'practice-mode', in: ['salaried'] });
    expect(holds(onMode, interne)).toBe(false);
    expect(holds(not(onMode), interne)).toBe(true);
    const explanation = evaluateRule(not(onMode), interne, TEST_GEO);
    expect(explanation).toMatchObject({ op: 'not', holds: true, child: { op: 'condition', holds: false, outcome: 'missing' } });
  });
});

/** Checks each node's verdict against its children and the rule it explains. */
function consistent(rule: Rule, explanation: Explanation): boolean {
  if (rule.op === 'condition')
    return explanation.op === 'condition' && explanation.condition === rule.condition && explanation.holds === (explanation.outcome === 'held');
  if (rule.op === 'not') return explanation.op === 'not' && explanation.holds === !explanation.child.holds && consistent(rule.rule, explanation.child);
  if (explanation.op !== rule.op) return false;
  const verdicts = explanation.children.map((child) => child.holds);
  const expected = rule.op === 'all' ? verdicts.every(Boolean) : verdicts.some(Boolean);
  return explanation.holds === expected && explanation.children.length === rule.rules.length && rule.rules.every((child, i) => consistent(child, explanation.children[i] as Explanation));
}

describe('evaluateRule: laws', () => {
  const rules = fc.tuple(ruleArbitrary, ruleArbitrary, ruleArbitrary);

  it('lets everyone through an empty "all" and no one through a negated one', () => {
    fc.assert(fc.property(profileArbitrary, (p) => holds(EVERYONE, p) && !holds(not(EVERYONE), p)));
  });

  it('follows De Morgan’s laws and double negation', () => {
    fc.assert(
      fc.property(rules, profileArbitrary, ([a, b], p) => {
        expect(holds(not(all(a, b)), p)).toBe(holds(any(not(a), not(b)), p));
        expect(holds(not(any(a, b)), p)).toBe(holds(all(not(a), not(b)), p));
        expect(holds(not(not(a)), p)).toBe(holds(a, p));
      }),
    );
  });

  it('treats singletons as their member and nested groups as flat ones', () => {
    fc.assert(
      fc.property(rules, profileArbitrary, ([a, b, c], p) => {
        expect(holds(any(a), p)).toBe(holds(a, p));
        expect(holds(all(a), p)).toBe(holds(a, p));
        expect(holds(all(a, all(b, c)), p)).toBe(holds(all(all(a, b), c), p));
        expect(holds(all(a, all(b, c)), p)).toBe(holds(all(a, b, c), p));
        expect(holds(any(a, any(b, c)), p)).toBe(holds(any(any(a, b), c), p));
        expect(holds(all(a, b), p)).toBe(holds(all(b, a), p));
        expect(holds(any(a, not(a)), p)).toBe(true);
      }),
    );
  });

  it('explains every node consistently with its verdict', () => {
    fc.assert(fc.property(ruleArbitrary, profileArbitrary, (rule, p) => consistent(rule, evaluateRule(rule, p, TEST_GEO))));
  });
});
