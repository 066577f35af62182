import type { Profile, SchemeReference } from '../profile.schema';
import { PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES } from '../vocabulary';
import { areaCommunes } from './area';
import { conditionOutcome } from './condition-outcome';
import type { Condition, GeoSnapshot, Rule } from './rule.schema';

/*
 * Exact satisfiability of a rule. Each condition constrains one answer of the
 * profile (a "dimension"); "missing" is one more value of an optional answer,
 * since a condition on a missing answer does not hold (so a `not` holds through
 * it). The rule is put in negation normal form and expanded into a disjunction
 * of conjunctions of dimension constraints; conjunctions with an empty
 * dimension are dropped as soon as they appear. The rule can hold iff one
 * conjunction survives. Beyond DNF_CAP conjunctions the answer is "unknown".
 */

export const DNF_CAP = 4096;
/** Combining two lists costs their product; past this the analysis gives up rather than stall. */
const MAX_PAIRS = 20_000;
/** A profile lists at most this many schemes it receives (profileInput). */
const MAX_RECEIVING = 30;

const MISSING = '';
const numbers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** Answers with finitely many values, named as in Profile. */
const DOMAINS = {
  status: [...STATUSES],
  profession: [...PROFESSIONS],
  specialty: [MISSING, ...SPECIALTIES],
  yearOfStudy: [MISSING, ...numbers(1, 15)],
  age: [MISSING, ...numbers(15, 99)],
  practiceMode: [MISSING, ...PRACTICE_MODES],
  commitmentYearsAccepted: [MISSING, ...numbers(0, 15)],
} as const satisfies Record<string, readonly string[]>;
type FiniteDimension = keyof typeof DOMAINS;
const NUMERIC: readonly FiniteDimension[] = ['yearOfStudy', 'age', 'commitmentYearsAccepted'];

const DIMENSION_OF: Partial<Record<Condition['type'], FiniteDimension>> = {
  status: 'status',
  profession: 'profession',
  specialty: 'specialty',
  'year-of-study': 'yearOfStudy',
  age: 'age',
  'practice-mode': 'practiceMode',
  'commitment-years': 'commitmentYearsAccepted',
};

/** The practice commune: in `include` (null: any code), not in `exclude`, or missing when `missing`. */
interface CommuneConstraint {
  include: ReadonlySet<string> | null;
  exclude: ReadonlySet<string>;
  missing: boolean;
}

/** One conjunction: what each dimension may still be. An absent dimension is unconstrained. */
interface Conjunct {
  finite: ReadonlyMap<FiniteDimension, ReadonlySet<string>>;
  commune: CommuneConstraint | null;
  /** Whether the profile receives a scheme. */
  receives: ReadonlyMap<string, boolean>;
}
type Dnf = Conjunct[] | null;

const TRUE: Conjunct = { finite: new Map(), commune: null, receives: new Map() };

const BASE_PROFILE: Profile = { status: STATUSES[0], profession: PROFESSIONS[0], receiving: [] };

function withValue(profile: Profile, dimension: FiniteDimension, value: string): Profile {
  if (value === MISSING) return profile;
  return { ...profile, [dimension]: NUMERIC.includes(dimension) ? Number(value) : value };
}

function intersect<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((value) => large.has(value)));
}

function communeIsEmpty(c: CommuneConstraint): boolean {
  if (c.missing || c.include === null) return false; // codes outside a finite exclusion always exist
  for (const code of c.include) if (!c.exclude.has(code)) return false;
  return true;
}

function merge(a: Conjunct, b: Conjunct): Conjunct | null {
  const finite = new Map(a.finite);
  for (const [dimension, values] of b.finite) {
    const current = finite.get(dimension);
    const next = current ? intersect(current, values) : values;
    if (next.size === 0) return null;
    finite.set(dimension, next);
  }
  let commune = a.commune;
  if (b.commune) {
    commune = !commune
      ? b.commune
      : {
          include: commune.include === null ? b.commune.include : b.commune.include === null ? commune.include : intersect(commune.include, b.commune.include),
          exclude: new Set([...commune.exclude, ...b.commune.exclude]),
          missing: commune.missing && b.commune.missing,
        };
    if (communeIsEmpty(commune)) return null;
  }
  const receives = new Map(a.receives);
  for (const [reference, value] of b.receives) {
    if (receives.has(reference) && receives.get(reference) !== value) return null;
    receives.set(reference, value);
  }
  if ([...receives.values()].filter(Boolean).length > MAX_RECEIVING) return null;
  return { finite, commune, receives };
}

function and(a: Dnf, b: Dnf): Dnf {
  if (!a || !b) return null;
  if (a.length * b.length > MAX_PAIRS) return null;
  const out: Conjunct[] = [];
  for (const x of a)
    for (const y of b) {
      const merged = merge(x, y);
      if (merged) out.push(merged);
    }
  return out.length > DNF_CAP ? null : out;
}

function or(a: Dnf, b: Dnf): Dnf {
  if (!a || !b) return null;
  return a.length + b.length > DNF_CAP ? null : [...a, ...b];
}

/** A condition (or its negation) as a disjunction of conjunctions. */
function literal(condition: Condition, positive: boolean, geo: GeoSnapshot): Dnf {
  const dimension = DIMENSION_OF[condition.type];
  if (dimension) {
    // Ask the evaluator itself, value by value, so both can never disagree.
    const allowed = DOMAINS[dimension].filter((value) => (conditionOutcome(condition, withValue(BASE_PROFILE, dimension, value), geo) === 'held') === positive);
    return allowed.length === 0 ? [] : [{ ...TRUE, finite: new Map([[dimension, new Set(allowed)]]) }];
  }
  if (condition.type === 'practice-area') {
    const communes = areaCommunes(condition.area, geo);
    const commune: CommuneConstraint = positive ? { include: communes, exclude: new Set(), missing: false } : { include: null, exclude: communes, missing: true };
    return communeIsEmpty(commune) ? [] : [{ ...TRUE, commune }];
  }
  if (condition.type === 'not-receiving') {
    if (positive) return [{ ...TRUE, receives: new Map(condition.schemes.map((reference) => [reference, false])) }];
    return [...new Set(condition.schemes)].map((reference) => ({ ...TRUE, receives: new Map([[reference, true]]) }));
  }
  return null;
}

/** The DNF of every node of a rule, in both polarities (memoised by node). */
export class RuleAnalysis {
  private readonly memo = new Map<Rule, { positive?: Dnf; negative?: Dnf }>();

  constructor(private readonly geo: GeoSnapshot) {}

  dnf(rule: Rule, positive: boolean): Dnf {
    const entry = this.memo.get(rule) ?? {};
    this.memo.set(rule, entry);
    const cached = positive ? entry.positive : entry.negative;
    if (cached !== undefined) return cached;
    const result = this.compute(rule, positive);
    if (positive) entry.positive = result;
    else entry.negative = result;
    return result;
  }

  /** true / false, or undefined when the rule is too large to decide. */
  canHold(rule: Rule): boolean | undefined {
    const dnf = this.dnf(rule, true);
    return dnf === null ? undefined : dnf.length > 0;
  }

  private compute(rule: Rule, positive: boolean): Dnf {
    switch (rule.op) {
      case 'condition':
        return literal(rule.condition, positive, this.geo);
      case 'not':
        return this.dnf(rule.rule, !positive);
      case 'all':
      case 'any': {
        // all = and of children; not(all) = or of negated children (De Morgan), and conversely.
        const conjunctive = (rule.op === 'all') === positive;
        const children = rule.rules.map((child) => this.dnf(child, positive));
        // One impossible member makes a conjunction impossible, however large the others.
        if (conjunctive && children.some((child) => child?.length === 0)) return [];
        let result: Dnf = conjunctive ? [TRUE] : [];
        for (const child of children) {
          result = conjunctive ? and(result, child) : or(result, child);
          if (result === null) return null;
          if (conjunctive && result.length === 0) return [];
        }
        return result;
      }
    }
  }
}

/** Whether some profile satisfies the rule; undefined when the rule is too large to decide. */
export function ruleCanHold(rule: Rule, geo: GeoSnapshot): boolean | undefined {
  return new RuleAnalysis(geo).canHold(rule);
}

function someCommune(c: CommuneConstraint): string | undefined {
  if (c.include !== null) {
    const code = [...c.include].sort().find((candidate) => !c.exclude.has(candidate));
    if (code !== undefined) return code;
  }
  if (c.missing) return undefined;
  for (let n = 1001; ; n += 1) {
    const code = String(n).padStart(5, '0');
    if (!c.exclude.has(code)) return code;
  }
}

function profileOf(conjunct: Conjunct): Profile {
  let profile: Profile = { ...BASE_PROFILE };
  for (const dimension of Object.keys(DOMAINS) as FiniteDimension[]) {
    const allowed = conjunct.finite.get(dimension);
    const value = DOMAINS[dimension].find((candidate) => !allowed || allowed.has(candidate));
    if (value !== undefined) profile = withValue(profile, dimension, value);
  }
  const practiceCommune = conjunct.commune ? someCommune(conjunct.commune) : undefined;
  if (practiceCommune !== undefined) profile.practiceCommune = practiceCommune;
  profile.receiving = [...conjunct.receives].filter(([, receives]) => receives).map(([reference]) => reference as SchemeReference);
  return profile;
}

/** A profile the rule holds for (null: none exists; undefined: too large to decide). */
export function exampleProfile(rule: Rule, geo: GeoSnapshot): Profile | null | undefined {
  const dnf = new RuleAnalysis(geo).dnf(rule, true);
  if (dnf === null) return undefined;
  const first = dnf[0];
  return first ? profileOf(first) : null;
}
