import { describe, expect, it } from 'vitest';
import { checkAttendance, seatAttendance, type AttendanceEntry } from './attendance';
import { chairChoice, checkBallots, tallyBallots, type Ballot } from './ballots';

const seats = [
  { memberId: 'departement', votes: 4 },
  { memberId: 'region', votes: 2 },
  { memberId: 'commune', votes: 1 },
  { memberId: 'hopital', votes: 1 },
  { memberId: 'ars', votes: 0 },
];
const entry = (memberId: string, status: AttendanceEntry['status'], proxyHolderId: string | null = null): AttendanceEntry => ({ memberId, status, proxyHolderId });

describe('attendance and proxies', () => {
  it('accepts a proxy held by a present member', () => {
    expect(checkAttendance(seats, [entry('departement', 'present'), entry('region', 'represented', 'departement'), entry('commune', 'absent')], 1)).toEqual([]);
  });

  it('refuses a proxy to an absent or represented member, to oneself, or without holder', () => {
    const issues = checkAttendance(
      seats,
      [entry('departement', 'represented', 'region'), entry('region', 'represented', 'departement'), entry('commune', 'represented', 'commune'), entry('hopital', 'represented')],
      null,
    );
    expect(issues).toEqual([
      { memberId: 'departement', code: 'proxyHolderNotPresent' },
      { memberId: 'region', code: 'proxyHolderNotPresent' },
      { memberId: 'commune', code: 'proxyToSelf' },
      { memberId: 'hopital', code: 'proxyHolderMissing' },
    ]);
  });

  it('limits the proxies one member holds when the body says so', () => {
    const list = [entry('departement', 'present'), entry('region', 'represented', 'departement'), entry('commune', 'represented', 'departement')];
    expect(checkAttendance(seats, list, 1)).toEqual([{ memberId: 'departement', code: 'tooManyProxies', limit: 1 }]);
    expect(checkAttendance(seats, list, 2)).toEqual([]);
    expect(checkAttendance(seats, list, null)).toEqual([]);
  });

  it('refuses members without a seat, twice listed, observers giving or holding proxies, and holders named for non-represented members', () => {
    expect(checkAttendance(seats, [entry('stranger', 'present'), entry('commune', 'present'), entry('commune', 'absent'), entry('ars', 'represented', 'commune'), entry('region', 'present', 'commune'), entry('hopital', 'represented', 'ars'), entry('ars', 'present')], null)).toEqual([
      { memberId: 'stranger', code: 'notSeated' },
      { memberId: 'commune', code: 'duplicate' },
      { memberId: 'ars', code: 'duplicate' },
      { memberId: 'ars', code: 'observerProxy' },
      { memberId: 'region', code: 'proxyWithoutRepresentation' },
      { memberId: 'hopital', code: 'proxyHolderNotPresent' },
    ]);
    expect(checkAttendance(seats, [entry('ars', 'present'), entry('hopital', 'represented', 'ars')], null)).toEqual([{ memberId: 'hopital', code: 'proxyHolderNotPresent' }]);
  });

  it('treats seats nobody recorded as absent', () => {
    expect(seatAttendance(seats, [entry('region', 'present')]).map((s) => s.status)).toEqual(['absent', 'present', 'absent', 'absent', 'absent']);
  });
});

describe('ballots', () => {
  const voting = seatAttendance(seats, [entry('departement', 'present'), entry('region', 'represented', 'departement'), entry('commune', 'absent'), entry('hopital', 'present'), entry('ars', 'present')]);
  const ballot = (memberId: string, votesFor: number, against = 0, abstention = 0): Ballot => ({ memberId, for: votesFor, against, abstention });

  it('counts a represented member’s votes, cast by the holder of the proxy', () => {
    expect(checkBallots(voting, [ballot('departement', 4), ballot('region', 0, 2)])).toEqual([]);
    expect(tallyBallots(voting, [ballot('departement', 4), ballot('region', 0, 2), ballot('hopital', 0, 0, 1)])).toEqual({ for: 4, against: 2, abstention: 1, presentVotes: 7, totalVotes: 8 });
  });

  it('refuses votes beyond a member’s rights, from absent members, observers, strangers, or twice', () => {
    expect(checkBallots(voting, [ballot('departement', 3, 2), ballot('commune', 1), ballot('ars', 1), ballot('nobody', 1), ballot('hopital', 1), ballot('hopital', 1)])).toEqual([
      { memberId: 'departement', code: 'overRights', rights: 4, cast: 5 },
      { memberId: 'commune', code: 'notPresent' },
      { memberId: 'ars', code: 'noVotingRights' },
      { memberId: 'nobody', code: 'notSeated' },
      { memberId: 'hopital', code: 'duplicate' },
    ]);
  });

  it('lets a member split their votes within their rights', () => {
    expect(checkBallots(voting, [ballot('departement', 2, 1, 1)])).toEqual([]);
  });

  it('reads the chair’s choice only when all their votes go one way', () => {
    expect(chairChoice('departement', [ballot('departement', 4)])).toBe('for');
    expect(chairChoice('departement', [ballot('departement', 0, 4)])).toBe('against');
    expect(chairChoice('departement', [ballot('departement', 2, 2)])).toBeNull();
    expect(chairChoice('departement', [])).toBeNull();
    expect(chairChoice(null, [ballot('departement', 4)])).toBeNull();
  });
});
