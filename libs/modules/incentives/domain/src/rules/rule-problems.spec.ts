import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileInput } from '../profile.schema';
import { evaluateRule } from './evaluate-rule';
import { findRuleProblems } from './rule-problems';
import { PERIMETER_A, PERIMETER_EMPTY, PERIMETER_UNKNOWN, profileArbitrary, ruleArbitrary, TEST_GEO } from './rule.arbitraries';
import { EMPTY_GEO, EVERYONE, MAX_RULE_DEPTH, type Condition, type Rule } from './rule.schema';
import { oracleCanHold } from './rule.oracle';
import { exampleProfile, ruleCanHold } from './satisfiability';

const condition = (c: Condition): Rule => ({ op: 'condition', condition: c });
const not = (rule: Rule): Rule => ({ op: 'not', rule });
const all = (...rules: Rule[]): Rule => ({ op: 'all', rules });
const any = (...rules: Rule[]): Rule => ({ op: 'any', rules });
const age = (min?: number, max?: number) => condition({ type: 'age', range: { ...(min !== undefined && { min }), ...(max !== undefined && { max }) } });
const area = (communes: string[], epcis: string[] = [], perimeterIds: string[] = []) => condition({ type: 'practice-area', area: { communes, epcis, perimeterIds } });
const keys = (rule: Rule) => findRuleProblems(rule, TEST_GEO).map((p) => ({ key: p.key.replace('incentives:ruleProblems.', ''), path: p.path }));

describe('findRuleProblems: examples', () => {
  it('finds nothing wrong with everyone or a plain rule', () => {
    expect(keys(EVERYONE)).toEqual([]);
    expect(keys(all(condition({ type: 'status', in: ['interne'] }), age(undefined, 40), area(['24001'], ['200000002'], [PERIMETER_A])))).toEqual([]);
  });

  it('reports contradictions where they arise and the rule as a whole', () => {
    expect(keys(all(condition({ type: 'status', in: ['interne'] }), all(age(30), age(undefined, 29))))).toEqual([
      { key: 'contradiction', path: ['rules', 1] },
      { key: 'neverHolds', path: [] },
    ]);
    expect(keys(all(age(30), age(undefined, 29)))).toEqual([{ key: 'neverHolds', path: [] }]);
    // An impossible alternative is reported though the rule may hold through the other one.
    expect(keys(any(age(40), all(condition({ type: 'status', in: ['student'] }), condition({ type: 'status', in: ['interne'] }))))).toEqual([{ key: 'contradiction', path: ['rules', 1] }]);
    expect(keys(all(area(['24001']), not(area([], ['200000001']))))).toEqual([{ key: 'neverHolds', path: [] }]);
    expect(keys(not(EVERYONE))).toEqual([{ key: 'neverHolds', path: [] }]);
    expect(keys(any(age(20), not(any(age(20), not(age(20))))))).toEqual([{ key: 'contradiction', path: ['rules', 1] }]);
  });

  it('reports a condition no profile meets, such as an area without communes', () => {
    expect(keys(any(age(20), area([], [], [PERIMETER_EMPTY])))).toEqual([{ key: 'conditionNeverHolds', path: ['rules', 1] }]);
  });

  it('counts a missing answer as a value: a negation holds through it', () => {
    // Not in the area and not outside it: only someone who did not say where they practise.
    expect(ruleCanHold(all(not(area(['24001'])), not(not(area(['24001']))) ), TEST_GEO)).toBe(false);
    const nowhere = all(not(area(['24001'])), not(area(['24001'], [], [PERIMETER_A])), not(age(15)));
    expect(ruleCanHold(nowhere, TEST_GEO)).toBe(true);
    const witness = exampleProfile(nowhere, TEST_GEO);
    expect(witness).toMatchObject({ status: expect.any(String) });
    expect(witness?.age).toBeUndefined();
    // Age and year of study: missing is the only value outside every range.
    expect(ruleCanHold(all(not(age(15)), condition({ type: 'specialty', in: ['pediatrie'] })), TEST_GEO)).toBe(true);
    expect(ruleCanHold(all(not(age(15)), age(undefined, 99)), TEST_GEO)).toBe(false);
  });

  it('decides not-receiving with one dimension per scheme', () => {
    const notCesp = condition({ type: 'not-receiving', schemes: ['national:cesp', 'national:installation-contract'] });
    expect(ruleCanHold(all(notCesp, not(notCesp)), TEST_GEO)).toBe(false);
    const receivesCesp = not(condition({ type: 'not-receiving', schemes: ['national:cesp'] }));
    expect(ruleCanHold(all(receivesCesp, condition({ type: 'not-receiving', schemes: ['national:installation-contract'] })), TEST_GEO)).toBe(true);
    expect(ruleCanHold(all(receivesCesp, notCesp), TEST_GEO)).toBe(false);
    expect(exampleProfile(all(receivesCesp), TEST_GEO)?.receiving).toEqual(['national:cesp']);
  });

  it('reports places the territory does not know, at their node', () => {
    expect(keys(all(age(20), area(['24001', '99999'], ['200000099'], [PERIMETER_UNKNOWN])))).toEqual([
      { key: 'unknownCommune', path: ['rules', 1] },
      { key: 'unknownEpci', path: ['rules', 1] },
      { key: 'unknownPerimeter', path: ['rules', 1] },
    ]);
    expect(findRuleProblems(area(['99999']), TEST_GEO)[0]?.params).toEqual({ code: '99999' });
    // Without a list of known communes, any commune code is accepted.
    expect(findRuleProblems(area(['99999']), EMPTY_GEO)).toEqual([]);
  });

  it('refuses rules too deep, too large or with an empty "any"', () => {
    let deep: Rule = age(20);
    for (let i = 0; i < MAX_RULE_DEPTH; i += 1) deep = all(deep);
    expect(keys(deep)).toEqual([{ key: 'tooDeep', path: ['rules', 0, 'rules', 0, 'rules', 0, 'rules', 0, 'rules', 0, 'rules', 0] }]);
    const large = all(...Array.from({ length: 60 }, (_, i) => age(15 + i)));
    expect(findRuleProblems(large, TEST_GEO)).toContainEqual({ key: 'incentives:ruleProblems.tooLarge', params: { count: 61, max: 60 }, path: [] });
    expect(keys(all(age(20), { op: 'any', rules: [] }))).toEqual([
      { key: 'emptyAny', path: ['rules', 1] },
      { key: 'neverHolds', path: [] },
    ]);
  });

  it('does not claim a rule never holds when it has too many alternatives to expand', () => {
    // 7 groups of 4 alternatives: 16 384 conjunctions, beyond the cap; the contradiction is out of reach.
    const group = (i: number) => any(age(20 + i), condition({ type: 'specialty', in: ['pediatrie'] }), condition({ type: 'practice-mode', in: ['liberal'] }), condition({ type: 'commitment-years', min: 1 + i }));
    const wide = all(...Array.from({ length: 7 }, (_, i) => group(i)));
    expect(ruleCanHold(wide, TEST_GEO)).toBeUndefined();
    expect(keys(wide)).toEqual([]);
    // …but a member that never holds still decides it.
    expect(ruleCanHold(all(wide, not(EVERYONE)), TEST_GEO)).toBe(false);
  });
});

describe('findRuleProblems: consistent with evaluateRule', () => {
  const neverHolds = (rule: Rule) => findRuleProblems(rule, TEST_GEO).some((p) => p.key === 'incentives:ruleProblems.neverHolds' && p.path.length === 0);

  it('finds no profile for a rule it says never holds, and no such problem once a profile satisfies it', () => {
    fc.assert(
      fc.property(ruleArbitrary, fc.array(profileArbitrary, { minLength: 1, maxLength: 20 }), (rule, profiles) => {
        const satisfied = profiles.some((p) => evaluateRule(rule, p, TEST_GEO).holds);
        return !(satisfied && neverHolds(rule));
      }),
      { numRuns: 400 },
    );
  });

  it('gives a valid profile that satisfies every rule it says can hold', () => {
    fc.assert(
      fc.property(ruleArbitrary, (rule) => {
        const canHold = ruleCanHold(rule, TEST_GEO);
        const witness = exampleProfile(rule, TEST_GEO);
        if (canHold === undefined) return witness === undefined;
        expect(neverHolds(rule)).toBe(!canHold);
        if (!canHold) return witness === null;
        return witness !== null && witness !== undefined && profileInput.safeParse(witness).success && evaluateRule(rule, witness, TEST_GEO).holds;
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with a brute-force search over every class of profiles the rule tells apart', () => {
    let decided = 0;
    fc.assert(
      fc.property(ruleArbitrary, (rule) => {
        const expected = oracleCanHold(rule, TEST_GEO);
        const actual = ruleCanHold(rule, TEST_GEO);
        if (expected === null || actual === undefined) return true;
        decided += 1;
        return actual === expected;
      }),
      { numRuns: 300 },
    );
    expect(decided).toBeGreaterThan(150);
  });

  it('meets both kinds of rules among the generated ones (the properties above are not vacuous)', () => {
    const verdicts = fc.sample(ruleArbitrary, { numRuns: 2000, seed: 42 }).map((rule) => ruleCanHold(all(rule, rule), TEST_GEO));
    expect(verdicts.filter((v) => v === false).length).toBeGreaterThan(20);
    expect(verdicts.filter((v) => v === true).length).toBeGreaterThan(500);
  });

  it('says a rule and its negation cannot both never hold', () => {
    fc.assert(fc.property(ruleArbitrary, (rule) => !(ruleCanHold(rule, TEST_GEO) === false && ruleCanHold(not(rule), TEST_GEO) === false)));
  });
});
