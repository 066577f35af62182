import { describe, expect, it } from 'vitest';
import { classifyCommunes } from './classify-communes';

describe('classifyCommunes', () => {
  it('calls under-served the communes strictly below the threshold, in the order given', () => {
    const values = new Map([['55545', 80], ['55029', 59.99], ['55001', 60], ['55002', 0]]);
    expect([...classifyCommunes(values, 60)]).toEqual([
      ['55545', 'served'],
      ['55029', 'underserved'],
      ['55001', 'served'],
      ['55002', 'underserved'],
    ]);
  });

  it('refuses a threshold that is not a finite non-negative number', () => {
    expect(() => classifyCommunes(new Map(), -1)).toThrow(expect.objectContaining({ problem: 'thresholdInvalid' }));
    expect(() => classifyCommunes(new Map(), Number.NaN)).toThrow(expect.objectContaining({ problem: 'thresholdInvalid' }));
  });
});
