import type { Commitment } from './commitment.schema';
import type { ComputedAmount } from './money/amount.schema';
import { computeAmount } from './money/compute-amount';
import type { Profile, SchemeReference } from './profile.schema';
import { evaluateRule } from './rules/evaluate-rule';
import type { Explanation } from './rules/explanation';
import type { GeoSnapshot } from './rules/rule.schema';
import type { SchemeContent } from './scheme.schema';

export interface SchemeVerdict {
  /** The audience matches, the rule holds and the profile receives nothing incompatible. */
  eligible: boolean;
  audienceMatches: boolean;
  explanation: Explanation;
  /** The schemes the profile receives that exclude this one. */
  incompatibleWith: SchemeReference[];
  /** Only when eligible. */
  amount: ComputedAmount | null;
  commitment: Commitment | null;
}

/**
 * A scheme's answer to a profile. Incompatibilities are only those the scheme
 * lists (a local variant of a national scheme does not implicitly exclude it);
 * `schemeRef`, when given, also excludes receiving the scheme itself twice.
 */
export function evaluateScheme(content: SchemeContent, profile: Profile, geo: GeoSnapshot, options: { schemeRef?: SchemeReference } = {}): SchemeVerdict {
  const audienceMatches = content.audiences.includes(profile.status);
  const explanation = evaluateRule(content.eligibility, profile, geo);
  const excluded = new Set<string>(content.incompatibleWith);
  if (options.schemeRef) excluded.add(options.schemeRef);
  const incompatibleWith = [...new Set(profile.receiving ?? [])].filter((reference) => excluded.has(reference));
  const eligible = audienceMatches && explanation.holds && incompatibleWith.length === 0;
  return {
    eligible,
    audienceMatches,
    explanation,
    incompatibleWith,
    amount: eligible ? computeAmount(content.amount, profile) : null,
    commitment: content.commitment,
  };
}

export interface TestCaseResult {
  label: string;
  passed: boolean;
  verdict: SchemeVerdict;
  failures: ('eligibility' | 'amount')[];
}

/** Runs a scheme's test cases: each passes when eligibility is as expected and, if an amount is expected of an eligible profile, the total matches. */
export function runTestCases(content: SchemeContent, geo: GeoSnapshot): TestCaseResult[] {
  return content.testCases.map((testCase) => {
    const verdict = evaluateScheme(content, testCase.profile, geo);
    const failures: TestCaseResult['failures'] = [];
    if (verdict.eligible !== testCase.expectEligible) failures.push('eligibility');
    if (testCase.expectedAmountCents !== undefined && verdict.eligible && verdict.amount?.totalCents !== testCase.expectedAmountCents) failures.push('amount');
    return { label: testCase.label, passed: failures.length === 0, verdict, failures };
  });
}
