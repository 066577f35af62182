import { describe, expect, it } from 'vitest';
import { searchName } from './search-name';

describe('searchName', () => {
  it('ignores case, accents, hyphens and apostrophes', () => {
    expect(searchName('Saint-Mihiel')).toBe('saint mihiel');
    expect(searchName('Mont-de-Marsan')).toBe(searchName('mont de marsan'));
    expect(searchName("Val-d'Ornain")).toBe('val d ornain');
    expect(searchName('Étain')).toBe('etain');
  });
});
