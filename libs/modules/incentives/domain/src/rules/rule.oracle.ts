// A brute-force satisfiability oracle for tests: every class of profiles a rule can tell apart, one profile each.
import type { Profile, SchemeReference } from '../profile.schema';
import { PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES } from '../vocabulary';
import { areaCommunes } from './area';
import { evaluateRule } from './evaluate-rule';
import type { Condition, GeoSnapshot, Rule } from './rule.schema';

function conditionsOf(rule: Rule): Condition[] {
  if (rule.op === 'condition') return [rule.condition];
  if (rule.op === 'not') return conditionsOf(rule.rule);
  return rule.rules.flatMap(conditionsOf);
}

/** The values a list condition names plus one it does not (and "missing" for optional answers). */
function listed<T extends string>(all: readonly T[], named: T[], optional: boolean): (T | undefined)[] {
  const values: (T | undefined)[] = [...new Set(named)];
  const other = all.find((value) => !named.includes(value));
  if (other !== undefined) values.push(other);
  if (optional) values.push(undefined);
  return values;
}

/** The lowest value and every bound where a range starts or stops holding, plus "missing". */
function cuts(low: number, high: number, bounds: number[]): (number | undefined)[] {
  return [...new Set([low, ...bounds.filter((b) => b >= low && b <= high)]), undefined];
}

function subsets<T>(values: T[]): T[][] {
  return values.reduce<T[][]>((acc, value) => [...acc, ...acc.map((subset) => [...subset, value])], [[]]);
}

export function representativeProfiles(rule: Rule, geo: GeoSnapshot, limit: number): Profile[] | null {
  const conditions = conditionsOf(rule);
  const of = <T extends Condition['type']>(type: T) => conditions.filter((c): c is Extract<Condition, { type: T }> => c.type === type);
  const ranges = (type: 'age' | 'year-of-study') => of(type).flatMap((c) => [c.range.min, c.range.max === undefined ? undefined : c.range.max + 1]).filter((b): b is number => b !== undefined);
  const communes = [...new Set(of('practice-area').flatMap((c) => [...areaCommunes(c.area, geo)]))];
  const dimensions = {
    status: listed(STATUSES, of('status').flatMap((c) => c.in), false),
    profession: listed(PROFESSIONS, of('profession').flatMap((c) => c.in), false),
    specialty: listed(SPECIALTIES, of('specialty').flatMap((c) => c.in), true),
    practiceMode: listed(PRACTICE_MODES, of('practice-mode').flatMap((c) => c.in), true),
    age: cuts(15, 99, ranges('age')),
    yearOfStudy: cuts(1, 15, ranges('year-of-study')),
    commitmentYearsAccepted: cuts(0, 15, of('commitment-years').map((c) => c.min)),
    practiceCommune: [...communes, '99999', undefined],
    receiving: subsets([...new Set(of('not-receiving').flatMap((c) => c.schemes))] as SchemeReference[]),
  };
  const size = Object.values(dimensions).reduce((product, values) => product * values.length, 1);
  if (size > limit) return null;
  let profiles: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(dimensions)) {
    profiles = profiles.flatMap((profile) => values.map((value) => (value === undefined ? profile : { ...profile, [key]: value })));
  }
  return profiles as unknown as Profile[];
}

/** Whether some profile satisfies the rule, by trying one of each class; null when there are too many. */
export function oracleCanHold(rule: Rule, geo: GeoSnapshot, limit = 50_000): boolean | null {
  const profiles = representativeProfiles(rule, geo, limit);
  return profiles && profiles.some((profile) => evaluateRule(rule, profile, geo).holds);
}
