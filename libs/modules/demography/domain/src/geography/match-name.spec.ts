import { describe, expect, it } from 'vitest';
import { matchName } from './match-name';

describe('matchName', () => {
  it('compares INSEE names and RPPS towns alike', () => {
    expect(matchName('Saint-Mihiel')).toBe('SAINT MIHIEL');
    expect(matchName('ST MIHIEL')).toBe('SAINT MIHIEL');
    expect(matchName("Ambérieu-en-Bugey")).toBe(matchName('AMBERIEU EN BUGEY'));
    expect(matchName("L'Isle-en-Rigault")).toBe('L ISLE EN RIGAULT');
    expect(matchName('Sainte-Menehould')).toBe(matchName('STE MENEHOULD'));
    expect(matchName('Kœur-la-Grande')).toBe(matchName('KOEUR LA GRANDE'));
  });
});
