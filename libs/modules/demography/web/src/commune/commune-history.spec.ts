import { describe, expect, it } from 'vitest';
import { pivotHistory } from './commune-history';

describe('pivotHistory', () => {
  it('gives every date a headcount for every profession seen, oldest first, zero where absent', () => {
    const { professions, rows } = pivotHistory([
      { extractedOn: '2025-12-01', professionCode: '10', headcount: 3, fte: 2.5 },
      { extractedOn: '2024-12-01', professionCode: '60', headcount: 5, fte: 5 },
      { extractedOn: '2024-12-01', professionCode: '10', headcount: 4, fte: 4 },
    ]);
    expect(professions).toEqual(['10', '60']);
    expect(rows).toEqual([
      { extractedOn: '2024-12-01', headcounts: { '10': 4, '60': 5 } },
      { extractedOn: '2025-12-01', headcounts: { '10': 3, '60': 0 } },
    ]);
  });
});
