export const ATTENDANCE_STATUSES = ['present', 'represented', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface AttendanceEntry {
  memberId: string;
  status: AttendanceStatus;
  /** The present member holding the proxy of a represented member. */
  proxyHolderId: string | null;
}

export interface Seat {
  memberId: string;
  votes: number;
}

export type AttendanceIssueCode = 'notSeated' | 'duplicate' | 'proxyHolderMissing' | 'proxyHolderNotPresent' | 'proxyToSelf' | 'proxyWithoutRepresentation' | 'tooManyProxies' | 'observerProxy';

export interface AttendanceIssue {
  memberId: string;
  code: AttendanceIssueCode;
  /** The limit broken, for `tooManyProxies`. */
  limit?: number;
}

/**
 * Checks a meeting's attendance list against the body's seats and its proxy
 * rule: a proxy is held by a seated member who is present, never by oneself,
 * and a holder holds at most `maxProxiesPerHolder` of them (null: no limit).
 * Members without voting rights (observers) neither give nor hold proxies.
 */
export function checkAttendance(seats: readonly Seat[], entries: readonly AttendanceEntry[], maxProxiesPerHolder: number | null): AttendanceIssue[] {
  const issues: AttendanceIssue[] = [];
  const seatOf = new Map(seats.map((seat) => [seat.memberId, seat]));
  const entryOf = new Map<string, AttendanceEntry>();
  for (const entry of entries) {
    if (!seatOf.has(entry.memberId)) issues.push({ memberId: entry.memberId, code: 'notSeated' });
    else if (entryOf.has(entry.memberId)) issues.push({ memberId: entry.memberId, code: 'duplicate' });
    else entryOf.set(entry.memberId, entry);
  }
  const held = new Map<string, number>();
  for (const entry of entryOf.values()) {
    if (entry.status !== 'represented') {
      if (entry.proxyHolderId !== null) issues.push({ memberId: entry.memberId, code: 'proxyWithoutRepresentation' });
      continue;
    }
    if ((seatOf.get(entry.memberId)?.votes ?? 0) === 0) {
      issues.push({ memberId: entry.memberId, code: 'observerProxy' });
      continue;
    }
    if (entry.proxyHolderId === null) {
      issues.push({ memberId: entry.memberId, code: 'proxyHolderMissing' });
      continue;
    }
    if (entry.proxyHolderId === entry.memberId) {
      issues.push({ memberId: entry.memberId, code: 'proxyToSelf' });
      continue;
    }
    const holder = entryOf.get(entry.proxyHolderId);
    if (!holder || holder.status !== 'present' || (seatOf.get(entry.proxyHolderId)?.votes ?? 0) === 0) {
      issues.push({ memberId: entry.memberId, code: 'proxyHolderNotPresent' });
      continue;
    }
    held.set(entry.proxyHolderId, (held.get(entry.proxyHolderId) ?? 0) + 1);
  }
  if (maxProxiesPerHolder !== null) {
    for (const [holderId, count] of held) {
      if (count > maxProxiesPerHolder) issues.push({ memberId: holderId, code: 'tooManyProxies', limit: maxProxiesPerHolder });
    }
  }
  return issues;
}

/** Each seat with its holder's attendance; seats nobody recorded count as absent. */
export function seatAttendance(seats: readonly Seat[], entries: readonly AttendanceEntry[]) {
  const statusOf = new Map(entries.map((entry) => [entry.memberId, entry.status]));
  return seats.map((seat) => ({ ...seat, status: statusOf.get(seat.memberId) ?? ('absent' as const) }));
}
