import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuorumRule } from './body-rules';
import { computeQuorum, quorumThreshold, type SeatAttendance } from './quorum';

const rule = (overrides: Partial<QuorumRule> = {}): QuorumRule => ({ basis: 'members', numerator: 1, denominator: 2, comparison: 'at-least', proxiesCount: true, secondCallWithoutQuorum: false, ...overrides });
const seat = (memberId: string, votes: number, status: SeatAttendance['status']): SeatAttendance => ({ memberId, votes, status });

// The département holds 4 votes; three communes 1 each; the ARS observes without vote.
const seats = [seat('departement', 4, 'absent'), seat('commune-a', 1, 'present'), seat('commune-b', 1, 'present'), seat('commune-c', 1, 'absent'), seat('ars', 0, 'present')];

describe('quorum thresholds', () => {
  it('rounds "at least half" up and "more than half" to the next whole count', () => {
    expect(quorumThreshold(4, { numerator: 1, denominator: 2, comparison: 'at-least' })).toBe(2);
    expect(quorumThreshold(5, { numerator: 1, denominator: 2, comparison: 'at-least' })).toBe(3);
    expect(quorumThreshold(4, { numerator: 1, denominator: 2, comparison: 'more-than' })).toBe(3);
    expect(quorumThreshold(9, { numerator: 2, denominator: 3, comparison: 'at-least' })).toBe(6);
    expect(quorumThreshold(9, { numerator: 2, denominator: 3, comparison: 'more-than' })).toBe(7);
  });
});

describe('quorum by members or by votes', () => {
  it('counts members one each: two of four voting members make half', () => {
    expect(computeQuorum(rule(), seats)).toEqual({ met: true, present: 2, total: 4, required: 2, waived: false });
  });

  it('counts votes: the same attendance holds 2 of 7 votes, short of half', () => {
    expect(computeQuorum(rule({ basis: 'votes' }), seats)).toEqual({ met: false, present: 2, total: 7, required: 4, waived: false });
  });

  it('never counts observers, present or not', () => {
    const onlyObserver = [seat('ars', 0, 'present'), seat('departement', 4, 'absent')];
    expect(computeQuorum(rule(), onlyObserver)).toMatchObject({ met: false, present: 0, total: 1 });
  });

  it('counts a represented member as present unless the rule excludes proxies', () => {
    const represented = seats.map((s) => (s.memberId === 'departement' ? { ...s, status: 'represented' as const } : s));
    expect(computeQuorum(rule({ basis: 'votes' }), represented)).toMatchObject({ met: true, present: 6 });
    expect(computeQuorum(rule({ basis: 'votes', proxiesCount: false }), represented)).toMatchObject({ met: false, present: 2 });
  });

  it('lets a second call deliberate without quorum only if the rule says so', () => {
    const nobody = seats.map((s) => ({ ...s, status: 'absent' as const }));
    expect(computeQuorum(rule({ secondCallWithoutQuorum: true }), nobody, { secondCall: true })).toMatchObject({ met: true, waived: true });
    expect(computeQuorum(rule({ secondCallWithoutQuorum: false }), nobody, { secondCall: true })).toMatchObject({ met: false, waived: false });
    expect(computeQuorum(rule({ secondCallWithoutQuorum: true }), nobody)).toMatchObject({ met: false });
  });

  it('is reached by a body without voting seat never', () => {
    expect(computeQuorum(rule({ numerator: 0 }), [seat('ars', 0, 'present')])).toMatchObject({ met: false, total: 0 });
  });

  const attendances = fc.array(fc.record({ votes: fc.integer({ min: 0, max: 10 }), status: fc.constantFrom('present', 'represented', 'excused', 'absent') }), { maxLength: 30 }).map((list) =>
    list.map((s, index) => seat(`m${index}`, s.votes, s.status as SeatAttendance['status'])),
  );
  const rules = fc
    .record({ basis: fc.constantFrom('members', 'votes'), numerator: fc.integer({ min: 0, max: 10 }), denominator: fc.integer({ min: 1, max: 10 }), comparison: fc.constantFrom('at-least', 'more-than'), proxiesCount: fc.boolean() })
    .filter((r) => (r.comparison === 'more-than' ? r.numerator < r.denominator : r.numerator <= r.denominator))
    .map((r) => rule(r as Partial<QuorumRule>));

  it('one more member present never breaks a quorum', () => {
    fc.assert(
      fc.property(attendances, rules, (list, r) => {
        const index = list.findIndex((s) => s.status === 'absent' || s.status === 'excused');
        fc.pre(index >= 0);
        const more = list.map((s, i) => (i === index ? { ...s, status: 'present' as const } : s));
        return !computeQuorum(r, list).met || computeQuorum(r, more).met;
      }),
    );
  });

  it('matches the fraction exactly: met iff present/total reaches numerator/denominator', () => {
    fc.assert(
      fc.property(attendances, rules, (list, r) => {
        const result = computeQuorum(r, list);
        const ratioOk = r.comparison === 'at-least' ? result.present * r.denominator >= result.total * r.numerator : result.present * r.denominator > result.total * r.numerator;
        return result.met === (result.total > 0 && ratioOk);
      }),
    );
  });
});
