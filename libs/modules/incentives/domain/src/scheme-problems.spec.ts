import { describe, expect, it } from 'vitest';
import { PERIMETER_UNKNOWN, TEST_GEO } from './rules/rule.arbitraries';
import { findSchemeProblems } from './scheme-problems';
import { schemeContentInput, type SchemeContentInput } from './scheme.schema';

const content = (overrides: Partial<SchemeContentInput>) =>
  schemeContentInput.parse({ name: { fr: 'Aide à l’installation' }, summary: { fr: '' }, description: { fr: '' }, kind: 'installation-aid', audiences: ['settling-professional'], amount: { mode: 'one-off', amountCents: 1_500_000 }, ...overrides });

describe('findSchemeProblems', () => {
  it('finds nothing in a sound scheme', () => {
    expect(findSchemeProblems(content({ commitment: { years: 5, area: { communes: ['24001'] } } }), TEST_GEO)).toEqual([]);
  });

  it('places rule problems under the eligibility and reports an unknown commitment area', () => {
    const scheme = content({
      eligibility: { op: 'condition', condition: { type: 'practice-area', area: { communes: ['99999'] } } },
      commitment: { years: 5, area: { perimeterIds: [PERIMETER_UNKNOWN] } },
    });
    expect(findSchemeProblems(scheme, TEST_GEO)).toEqual([
      { key: 'incentives:ruleProblems.unknownCommune', params: { code: '99999' }, path: ['eligibility'] },
      { key: 'incentives:ruleProblems.unknownPerimeter', params: { id: PERIMETER_UNKNOWN }, path: ['commitment', 'area'] },
    ]);
  });

  it('reports a rule that no one in the audience can meet', () => {
    const scheme = content({ eligibility: { op: 'condition', condition: { type: 'status', in: ['student', 'interne'] } } });
    expect(findSchemeProblems(scheme, TEST_GEO)).toEqual([{ key: 'incentives:ruleProblems.audienceNeverEligible', path: ['audiences'] }]);
  });
});
