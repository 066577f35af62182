import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MajorityRule, VoteBase } from './body-rules';
import { deliberationOutcome, type Tally } from './majority';

const rule = (kind: MajorityRule['kind'], base: VoteBase = 'expressed', numerator = 2, denominator = 3): MajorityRule => ({ kind, base, numerator, denominator });
const tally = (votesFor: number, against: number, abstention = 0, absent = 0): Tally => ({
  for: votesFor,
  against,
  abstention,
  presentVotes: votesFor + against + abstention,
  totalVotes: votesFor + against + abstention + absent,
});

/** Any tally that can happen: votes cast within the votes present, within the body's votes. */
const tallies = fc.record({ for: fc.nat(60), against: fc.nat(60), abstention: fc.nat(60), silent: fc.nat(20), absent: fc.nat(60) }).map(
  (t): Tally => ({ for: t.for, against: t.against, abstention: t.abstention, presentVotes: t.for + t.against + t.abstention + t.silent, totalVotes: t.for + t.against + t.abstention + t.silent + t.absent }),
);
const bases = fc.constantFrom<VoteBase>('expressed', 'present', 'all');
const anyRule = fc.oneof(
  bases.map((base) => rule('simple', base)),
  bases.map((base) => rule('unanimity', base)),
  fc.tuple(bases, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })).filter(([, n, d]) => n * 2 > d && n <= d).map(([base, n, d]) => rule('qualified', base, n, d)),
);

describe('simple majority', () => {
  it('adopts with more votes for than against, abstentions left out of the votes expressed', () => {
    expect(deliberationOutcome(rule('simple'), tally(5, 4, 10))).toMatchObject({ adopted: true, reason: 'majority', base: 9, required: 5 });
    expect(deliberationOutcome(rule('simple'), tally(4, 5))).toMatchObject({ adopted: false, reason: 'insufficient' });
  });

  it('counts abstentions against adoption when the base is the votes present', () => {
    expect(deliberationOutcome(rule('simple', 'present'), tally(5, 4, 2))).toMatchObject({ adopted: false, base: 11, required: 6 });
    expect(deliberationOutcome(rule('simple', 'present'), tally(6, 4, 1))).toMatchObject({ adopted: true });
  });

  it('counts absent votes when the base is every vote of the body', () => {
    expect(deliberationOutcome(rule('simple', 'all'), tally(6, 0, 0, 7))).toMatchObject({ adopted: false, base: 13, required: 7 });
    expect(deliberationOutcome(rule('simple', 'all'), tally(7, 0, 0, 6))).toMatchObject({ adopted: true });
  });

  it('rejects a tie unless the chair has a casting vote and voted for', () => {
    expect(deliberationOutcome(rule('simple'), tally(3, 3))).toMatchObject({ adopted: false, reason: 'tie' });
    expect(deliberationOutcome(rule('simple'), tally(3, 3), { enabled: false, chairChoice: 'for' })).toMatchObject({ adopted: false, reason: 'tie' });
    expect(deliberationOutcome(rule('simple'), tally(3, 3), { enabled: true, chairChoice: 'for' })).toMatchObject({ adopted: true, reason: 'castingVote' });
    expect(deliberationOutcome(rule('simple'), tally(3, 3), { enabled: true, chairChoice: 'against' })).toMatchObject({ adopted: false, reason: 'tie' });
    expect(deliberationOutcome(rule('simple'), tally(3, 3), { enabled: true, chairChoice: null })).toMatchObject({ adopted: false, reason: 'tie' });
  });

  it('never adopts without a vote for', () => {
    expect(deliberationOutcome(rule('simple'), tally(0, 0, 5))).toMatchObject({ adopted: false, reason: 'noVoteFor' });
    expect(deliberationOutcome(rule('simple'), tally(0, 0, 0), { enabled: true, chairChoice: 'for' })).toMatchObject({ adopted: false });
  });

  it('adding a vote for never turns an adopted deliberation into a rejected one', () => {
    fc.assert(
      fc.property(tallies, bases, fc.boolean(), fc.constantFrom('for', 'against', 'abstention', null), fc.integer({ min: 1, max: 10 }), (t, base, enabled, chair, extra) => {
        const casting = { enabled, chairChoice: chair as 'for' | 'against' | 'abstention' | null };
        const before = deliberationOutcome(rule('simple', base), t, casting);
        // A member who was absent comes and votes for.
        const after = deliberationOutcome(rule('simple', base), { ...t, for: t.for + extra, presentVotes: t.presentVotes + extra, totalVotes: t.totalVotes + extra }, casting);
        return !before.adopted || after.adopted;
      }),
    );
  });

  it('adding a vote against never turns a rejected deliberation into an adopted one', () => {
    fc.assert(
      fc.property(tallies, bases, fc.integer({ min: 1, max: 10 }), (t, base, extra) => {
        const before = deliberationOutcome(rule('simple', base), t);
        const after = deliberationOutcome(rule('simple', base), { ...t, against: t.against + extra, presentVotes: t.presentVotes + extra, totalVotes: t.totalVotes + extra });
        return before.adopted || !after.adopted;
      }),
    );
  });

  it('adopts exactly when the votes for reach the required count', () => {
    fc.assert(
      fc.property(tallies, bases, (t, base) => {
        const outcome = deliberationOutcome(rule('simple', base), t);
        return outcome.adopted === (t.for > 0 && t.for >= outcome.required);
      }),
    );
  });
});

describe('qualified majority', () => {
  it('needs at least two thirds of the votes expressed', () => {
    expect(deliberationOutcome(rule('qualified'), tally(6, 3))).toMatchObject({ adopted: true, required: 6 });
    expect(deliberationOutcome(rule('qualified'), tally(5, 3))).toMatchObject({ adopted: false, reason: 'insufficient', required: 6 });
    expect(deliberationOutcome(rule('qualified', 'expressed', 3, 4), tally(6, 2, 9))).toMatchObject({ adopted: true });
    expect(deliberationOutcome(rule('qualified', 'expressed', 3, 4), tally(5, 2))).toMatchObject({ adopted: false });
  });

  it('ignores the casting vote (it only settles ties of a simple majority)', () => {
    expect(deliberationOutcome(rule('qualified', 'expressed', 1, 2), tally(3, 3), { enabled: true, chairChoice: 'for' })).toMatchObject({ adopted: true });
    expect(deliberationOutcome(rule('qualified'), tally(4, 4), { enabled: true, chairChoice: 'for' })).toMatchObject({ adopted: false });
  });

  it('is never easier to reach than a simple majority on the same base', () => {
    fc.assert(
      fc.property(tallies, bases, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), (t, base, n, d) => {
        fc.pre(n * 2 > d && n <= d);
        return !deliberationOutcome(rule('qualified', base, n, d), t).adopted || deliberationOutcome(rule('simple', base), t).adopted;
      }),
    );
  });
});

describe('unanimity', () => {
  it('needs every vote expressed for; abstentions do not break it on the votes expressed', () => {
    expect(deliberationOutcome(rule('unanimity'), tally(9, 0, 2))).toMatchObject({ adopted: true });
    expect(deliberationOutcome(rule('unanimity'), tally(9, 1))).toMatchObject({ adopted: false, reason: 'insufficient' });
  });

  it('is broken by an abstention when counted on the votes present, and by an absence on all votes', () => {
    expect(deliberationOutcome(rule('unanimity', 'present'), tally(9, 0, 1))).toMatchObject({ adopted: false });
    expect(deliberationOutcome(rule('unanimity', 'present'), tally(10, 0, 0, 3))).toMatchObject({ adopted: true });
    expect(deliberationOutcome(rule('unanimity', 'all'), tally(10, 0, 0, 3))).toMatchObject({ adopted: false, required: 13 });
  });

  it('needs at least one vote for', () => {
    expect(deliberationOutcome(rule('unanimity'), tally(0, 0, 4))).toMatchObject({ adopted: false, reason: 'noVoteFor' });
  });

  it('implies every other majority on the same base', () => {
    fc.assert(
      fc.property(tallies, bases, anyRule, (t, base, other) => {
        fc.pre(other.base === base);
        return !deliberationOutcome(rule('unanimity', base), t).adopted || deliberationOutcome(other, t).adopted;
      }),
    );
  });
});

describe('any rule', () => {
  it('rejects whatever has no vote for, and reports a base matching its kind', () => {
    fc.assert(
      fc.property(tallies, anyRule, (t, r) => {
        const outcome = deliberationOutcome(r, { ...t, for: 0 });
        return !outcome.adopted && outcome.reason === 'noVoteFor';
      }),
    );
  });
});
