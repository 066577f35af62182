import { describe, expect, it } from 'vitest';
import { aggregateByGroup } from './aggregate';

describe('aggregateByGroup', () => {
  const situations = [
    { communeCode: 'A', nationalId: '1', weight: 0.5, mode: 'liberal' as const },
    { communeCode: 'B', nationalId: '1', weight: 0.5, mode: 'liberal' as const },
    { communeCode: 'A', nationalId: '2', weight: 1, mode: 'salaried' as const },
    { communeCode: 'C', nationalId: '3', weight: 1, mode: null },
  ];

  it('counts a professional at two sites once in headcount and ½ + ½ in FTE', () => {
    const [epci] = aggregateByGroup(situations, [{ code: 'E', name: 'EPCI', population: 5000, communeCodes: ['A', 'B'] }]);
    expect(epci).toEqual({ code: 'E', name: 'EPCI', population: 5000, headcount: 2, fte: 2, densityPer100k: 40, liberalFte: 1, salariedFte: 1, otherFte: 0 });
  });

  it('gives each commune its share, and zero where nobody practises', () => {
    const rows = aggregateByGroup(situations, [
      { code: 'B', name: 'B', population: 1000, communeCodes: ['B'] },
      { code: 'C', name: 'C', population: 0, communeCodes: ['C'] },
      { code: 'D', name: 'D', population: 200, communeCodes: ['D'] },
    ]);
    expect(rows.map((r) => [r.code, r.headcount, r.fte, r.densityPer100k, r.otherFte])).toEqual([
      ['B', 1, 0.5, 50, 0],
      ['C', 1, 1, null, 1],
      ['D', 0, 0, 0, 0],
    ]);
  });
});
