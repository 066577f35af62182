import type { AttendanceStatus } from './attendance';
import type { Tally } from './majority';

/** The votes one member casts (in person or through the holder of their proxy); a member may split their votes. */
export interface Ballot {
  memberId: string;
  for: number;
  against: number;
  abstention: number;
}

export interface VotingSeat {
  memberId: string;
  votes: number;
  status: AttendanceStatus;
}

export type BallotIssueCode = 'notSeated' | 'noVotingRights' | 'notPresent' | 'overRights' | 'duplicate';

export interface BallotIssue {
  memberId: string;
  code: BallotIssueCode;
  /** The member's votes in the body, for `overRights`. */
  rights?: number;
  cast?: number;
}

/**
 * Checks ballots against the seats: only members with voting rights who are
 * present or represented vote, each within the votes the convention gives them.
 */
export function checkBallots(seats: readonly VotingSeat[], ballots: readonly Ballot[]): BallotIssue[] {
  const seatOf = new Map(seats.map((seat) => [seat.memberId, seat]));
  const seen = new Set<string>();
  const issues: BallotIssue[] = [];
  for (const ballot of ballots) {
    const seat = seatOf.get(ballot.memberId);
    const cast = ballot.for + ballot.against + ballot.abstention;
    if (seen.has(ballot.memberId)) issues.push({ memberId: ballot.memberId, code: 'duplicate' });
    else if (!seat) issues.push({ memberId: ballot.memberId, code: 'notSeated' });
    else if (seat.votes === 0) issues.push({ memberId: ballot.memberId, code: 'noVotingRights' });
    else if (seat.status !== 'present' && seat.status !== 'represented') issues.push({ memberId: ballot.memberId, code: 'notPresent' });
    else if (cast > seat.votes) issues.push({ memberId: ballot.memberId, code: 'overRights', rights: seat.votes, cast });
    seen.add(ballot.memberId);
  }
  return issues;
}

/** The tally of valid ballots; represented members' votes count as present (cast by the proxy holder). */
export function tallyBallots(seats: readonly VotingSeat[], ballots: readonly Ballot[]): Tally {
  const voting = seats.filter((seat) => seat.votes > 0);
  const sum = (pick: (ballot: Ballot) => number) => ballots.reduce((total, ballot) => total + pick(ballot), 0);
  return {
    for: sum((ballot) => ballot.for),
    against: sum((ballot) => ballot.against),
    abstention: sum((ballot) => ballot.abstention),
    presentVotes: voting.filter((seat) => seat.status === 'present' || seat.status === 'represented').reduce((total, seat) => total + seat.votes, 0),
    totalVotes: voting.reduce((total, seat) => total + seat.votes, 0),
  };
}

/** The chair's choice when they cast all their votes one way; null when absent, silent or split. */
export function chairChoice(chairId: string | null, ballots: readonly Ballot[]): 'for' | 'against' | 'abstention' | null {
  const ballot = ballots.find((candidate) => candidate.memberId === chairId);
  if (!ballot) return null;
  const choices = (['for', 'against', 'abstention'] as const).filter((choice) => ballot[choice] > 0);
  return choices.length === 1 ? (choices[0] ?? null) : null;
}
