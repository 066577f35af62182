import { describe, expect, it } from 'vitest';
import { scenarioInput } from '@ancrage/demography-domain';
import { newChange, toSupplyChanges } from './scenario-changes';

describe('scenario changes', () => {
  it('turns arrivals into positive and departures into negative FTE', () => {
    const changes = toSupplyChanges([
      { ...newChange(1), communeCode: '55545', fte: 2 },
      { ...newChange(2), communeCode: '55029', fte: 0.5, direction: 'leave' },
    ]);
    expect(changes).toEqual([
      { communeCode: '55545', deltaFte: 2 },
      { communeCode: '55029', deltaFte: -0.5 },
    ]);
    expect(scenarioInput.safeParse({ subject: 'general-practice', changes }).success).toBe(true);
  });

  it('leaves a missing commune or an empty FTE for the schema to refuse', () => {
    const changes = toSupplyChanges([{ ...newChange(1), fte: '' }]);
    const parsed = scenarioInput.safeParse({ subject: 'general-practice', changes });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['changes.0.communeCode', 'changes.0.deltaFte']);
  });
});
