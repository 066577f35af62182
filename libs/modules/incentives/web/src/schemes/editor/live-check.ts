import { findSchemeProblems, runTestCases, type GeoSnapshot, type RuleProblem, type SchemeContent, type TestCaseResult } from '@ancrage/incentives-domain';

/**
 * `local:` references must name another of the tenant's schemes — the same
 * check the server makes on save and publication, so that the editor shows it live.
 */
export function referenceProblems(content: SchemeContent, knownSchemeIds: ReadonlySet<string>, selfId: string): RuleProblem[] {
  return content.incompatibleWith.flatMap((reference, index): RuleProblem[] => {
    if (!reference.startsWith('local:')) return [];
    const id = reference.slice('local:'.length);
    if (id === selfId) return [{ key: 'incentives:schemeProblems.selfReference', path: ['incompatibleWith', index] }];
    return knownSchemeIds.has(id) ? [] : [{ key: 'incentives:schemeProblems.unknownScheme', params: { reference }, path: ['incompatibleWith', index] }];
  });
}

export interface LiveCheck {
  problems: RuleProblem[];
  results: TestCaseResult[];
  /** The content could not be evaluated (a field is not a number yet…): validation will say which. */
  failed: boolean;
}

/** What keeps the content being edited from publication, computed in the browser with the engine the server uses. */
export function liveCheck(content: SchemeContent, geo: GeoSnapshot, knownSchemeIds: ReadonlySet<string>, selfId: string): LiveCheck {
  try {
    return { problems: [...findSchemeProblems(content, geo), ...referenceProblems(content, knownSchemeIds, selfId)], results: runTestCases(content, geo), failed: false };
  } catch {
    return { problems: [], results: [], failed: true };
  }
}
