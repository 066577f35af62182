import type { QuorumRule } from './body-rules';
import type { AttendanceStatus } from './attendance';

/** A seat of a body and how its holder attended a meeting. */
export interface SeatAttendance {
  memberId: string;
  votes: number;
  status: AttendanceStatus;
}

export interface QuorumResult {
  met: boolean;
  /** Members or votes counted as present (proxies included when the rule says so). */
  present: number;
  /** Members or votes of the whole body. */
  total: number;
  /** The smallest `present` that meets the quorum. */
  required: number;
  /** True when the meeting, convened a second time, may deliberate without quorum. */
  waived: boolean;
}

/** The smallest whole count that satisfies `count/total (>= | >) numerator/denominator`. */
export function quorumThreshold(total: number, rule: Pick<QuorumRule, 'numerator' | 'denominator' | 'comparison'>): number {
  const exact = (total * rule.numerator) / rule.denominator;
  if (rule.comparison === 'more-than') return Math.floor(exact) + 1;
  return Math.ceil(exact);
}

/**
 * Whether the members present (and, if the rule says so, represented) make
 * the quorum, counted by members (one each) or by their votes. Seats without
 * voting rights (observers) never count.
 */
export function computeQuorum(rule: QuorumRule, seats: readonly SeatAttendance[], options: { secondCall?: boolean } = {}): QuorumResult {
  const voting = seats.filter((seat) => seat.votes > 0);
  const weight = (seat: SeatAttendance) => (rule.basis === 'votes' ? seat.votes : 1);
  const counts = (seat: SeatAttendance) => seat.status === 'present' || (seat.status === 'represented' && rule.proxiesCount);
  const total = voting.reduce((sum, seat) => sum + weight(seat), 0);
  const present = voting.filter(counts).reduce((sum, seat) => sum + weight(seat), 0);
  const required = quorumThreshold(total, rule);
  const reached = total > 0 && present >= required;
  const waived = !reached && (options.secondCall ?? false) && rule.secondCallWithoutQuorum;
  return { met: reached || waived, present, total, required, waived };
}
