import { describe, expect, it } from 'vitest';
import { areaCommunes, ruleGeoReferences } from './area';
import { PERIMETER_A, PERIMETER_UNKNOWN, TEST_GEO } from './rule.arbitraries';
import type { Rule } from './rule.schema';

describe('areaCommunes', () => {
  it('unites communes, EPCI communes and perimeter communes, ignoring what the snapshot lacks', () => {
    expect([...areaCommunes({ communes: ['33063'], epcis: ['200000002', '200000099'], perimeterIds: [PERIMETER_A, PERIMETER_UNKNOWN] }, TEST_GEO)].sort()).toEqual([
      '24002',
      '24004',
      '24005',
      '24006',
      '33063',
    ]);
  });
});

describe('ruleGeoReferences', () => {
  it('collects every place a rule and other areas name, once, sorted', () => {
    const rule: Rule = {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'practice-area', area: { communes: ['24005', '24001'], epcis: ['200000002'], perimeterIds: [] } } },
        { op: 'not', rule: { op: 'condition', condition: { type: 'practice-area', area: { communes: ['24001'], epcis: [], perimeterIds: [PERIMETER_A] } } } },
        { op: 'any', rules: [{ op: 'condition', condition: { type: 'age', range: { max: 40 } } }] },
      ],
    };
    expect(ruleGeoReferences(rule, null, { communes: ['24007'], epcis: ['200000001'], perimeterIds: [] })).toEqual({
      communes: ['24001', '24005', '24007'],
      epcis: ['200000001', '200000002'],
      perimeterIds: [PERIMETER_A],
    });
    expect(ruleGeoReferences(null)).toEqual({ communes: [], epcis: [], perimeterIds: [] });
  });
});
