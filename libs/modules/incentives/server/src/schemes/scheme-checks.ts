import type { TFunction } from 'i18next';
import { findSchemeProblems, ruleGeoReferences, runTestCases, type GeoSnapshot, type RuleProblem, type SchemeContent } from '@ancrage/incentives-domain';
import type { IncentivesDb } from '../incentives-db';
import { schemeIds } from './schemes.repository';
import { resolveGeo } from './territory-geo';

/** The places a scheme's content names: its eligibility rule and its commitment's area. */
export const contentReferences = (content: SchemeContent) => ruleGeoReferences(content.eligibility, content.commitment?.area ?? null);

/** `local:` references must name another scheme of the tenant. */
function referenceProblems(content: SchemeContent, knownSchemes: ReadonlySet<string>, selfId: string | undefined): RuleProblem[] {
  return content.incompatibleWith.flatMap((reference, index): RuleProblem[] => {
    if (!reference.startsWith('local:')) return [];
    const id = reference.slice('local:'.length);
    if (id === selfId) return [{ key: 'incentives:schemeProblems.selfReference', path: ['incompatibleWith', index] }];
    return knownSchemes.has(id) ? [] : [{ key: 'incentives:schemeProblems.unknownScheme', params: { reference }, path: ['incompatibleWith', index] }];
  });
}

/**
 * What keeps a content from publication: problems of its rule (paths under
 * `eligibility`), of its commitment's area and audience (the domain's), and
 * of its references to other schemes. Pure, given the places it names.
 */
export function schemeProblems(content: SchemeContent, geo: GeoSnapshot, knownSchemes: ReadonlySet<string>, selfId?: string): RuleProblem[] {
  return [...findSchemeProblems(content, geo), ...referenceProblems(content, knownSchemes, selfId)];
}

/** Resolves the content's places on the tenant's territory, then lists its problems and runs its test cases. */
export async function checkScheme(db: IncentivesDb, content: SchemeContent, selfId?: string) {
  const geo = await resolveGeo(db, contentReferences(content), { withKnownCommunes: true });
  const problems = schemeProblems(content, geo, await schemeIds(db), selfId);
  const testResults = runTestCases(content, geo);
  return { geo, problems, testResults };
}
export type SchemeCheck = Awaited<ReturnType<typeof checkScheme>>;

/** What a published version freezes of the places: the perimeters' and EPCIs' communes, not the whole territory. */
export function frozenGeo(geo: GeoSnapshot): GeoSnapshot {
  return { perimeters: geo.perimeters, epcis: geo.epcis };
}

const LISTED = 10;

/** Why a publication is refused, in the reader's language: how many points, the first ones in full. */
export function refusalReasons(check: Pick<SchemeCheck, 'problems' | 'testResults'>, t: TFunction): { count: number; reasons: string } {
  const reasons = [
    ...check.problems.map((problem) => String(t(problem.key, problem.params ?? {}))),
    ...check.testResults
      .filter((result) => !result.passed)
      .map((result) =>
        String(
          t('incentives:errors.publishTestFailed', {
            label: result.label,
            failures: result.failures.map((failure) => String(t(`incentives:errors.testFailure.${failure}`))).join(', '),
          }),
        ),
      ),
  ];
  return { count: reasons.length, reasons: reasons.slice(0, LISTED).join(' ; ') + (reasons.length > LISTED ? ' ; …' : '') };
}
