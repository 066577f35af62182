import { describe, expect, it } from 'vitest';
import { ageProfile } from './age-profile';
import { densityPer100k, populationWeightedMean, withSecrecy } from './density';
import { compareSnapshots } from './evolution';

describe('densityPer100k', () => {
  it('counts per 100 000 inhabitants, and nothing where nobody lives', () => {
    expect(densityPer100k(3, 2000)).toBe(150);
    expect(densityPer100k(0.5, 100_000)).toBe(0.5);
    expect(densityPer100k(2, 0)).toBeNull();
  });
  it('weights means by population and leaves out missing values', () => {
    expect(populationWeightedMean([{ population: 100, value: 10 }, { population: 300, value: 50 }, { population: 50, value: null }])).toBe(40);
    expect(populationWeightedMean([{ population: 0, value: 10 }])).toBeNull();
  });
  it('hides small counts but not zero', () => {
    expect(withSecrecy(2, 5)).toBeNull();
    expect(withSecrecy(0, 5)).toBe(0);
    expect(withSecrecy(5, 5)).toBe(5);
  });
});

describe('compareSnapshots', () => {
  const p = (communeCode: string, nationalId: string) => ({ communeCode, nationalId });
  it('counts arrivals, departures and moves per commune and for the area', () => {
    const before = [p('A', '1'), p('A', '2'), p('B', '3'), p('B', '4')];
    const after = [p('A', '1'), p('B', '2'), p('B', '3'), p('C', '5')];
    const result = compareSnapshots(before, after);
    expect(result.communes).toEqual([
      { communeCode: 'A', before: 2, after: 1, arrivals: 0, departures: 1, net: -1 },
      { communeCode: 'B', before: 2, after: 2, arrivals: 1, departures: 1, net: 0 },
      { communeCode: 'C', before: 0, after: 1, arrivals: 1, departures: 0, net: 1 },
    ]);
    // 2 moved from A to B: neither an arrival nor a departure for the area.
    expect(result).toMatchObject({ arrivals: 1, departures: 1, before: 4, after: 4 });
  });
  it('counts a professional at two sites once per commune', () => {
    expect(compareSnapshots([p('A', '1'), p('A', '1')], []).communes[0]).toMatchObject({ before: 1, departures: 1 });
  });
});

describe('ageProfile', () => {
  it('gives the share aged 60 or more and the departures at 67 to come', () => {
    const profile = ageProfile([1960, 1966, 1970, 1990, null], 2026);
    expect(profile).toEqual({ known: 4, unknown: 1, agedSixtyOrMore: 2, shareSixtyOrMore: 0.5, departuresWithin5Years: 1, departuresWithin10Years: 2 });
  });
  it('says nothing of shares when no age is known', () => {
    expect(ageProfile([null], 2026).shareSixtyOrMore).toBeNull();
  });
});
