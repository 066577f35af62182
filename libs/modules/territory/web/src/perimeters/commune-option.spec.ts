import { describe, expect, it } from 'vitest';
import { communeLabel, mergeCommunes, totalPopulation } from './commune-option';

const verdun = { code: '55545', name: 'Verdun', population: 16_000 };
const etain = { code: '55181', name: 'Étain', population: 3_600 };
const stenay = { code: '55502', name: 'Stenay', population: 2_600 };

describe('commune selection', () => {
  it('labels communes with their INSEE code', () => {
    expect(communeLabel(verdun)).toBe('Verdun (55545)');
  });

  it('adds communes without duplicates, in order of choice', () => {
    expect(mergeCommunes([verdun], [etain, verdun, stenay, etain]).map((c) => c.code)).toEqual(['55545', '55181', '55502']);
  });

  it('sums the population covered', () => {
    expect(totalPopulation([verdun, etain])).toBe(19_600);
  });
});
