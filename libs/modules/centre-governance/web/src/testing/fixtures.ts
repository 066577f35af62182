import { defaultBodyRules, type AttendanceEntry } from '@ancrage/centre-governance-domain';

const created = new Date('2026-11-01T09:00:00Z');

export const seats = [
  { memberId: 'dep', votes: 2, name: 'Département (fictif)', sector: 'public' as const, kind: 'departement' as const, observer: false, contactEmail: '' },
  { memberId: 'reg', votes: 1, name: 'Région (fictive)', sector: 'public' as const, kind: 'region' as const, observer: false, contactEmail: '' },
  { memberId: 'com', votes: 1, name: 'Commune (fictive)', sector: 'public' as const, kind: 'commune' as const, observer: false, contactEmail: '' },
  { memberId: 'soc', votes: 1, name: 'Société (fictive)', sector: 'private' as const, kind: 'private-company' as const, observer: false, contactEmail: '' },
];

export function pendingDeliberation(overrides: Record<string, unknown> = {}) {
  return {
    id: 'd1',
    meetingId: 'm1',
    position: 1,
    title: 'Recrutement d’un médecin salarié',
    decisionKind: 'staff' as const,
    text: 'Le conseil autorise le recrutement.',
    status: 'pending' as const,
    registerYear: null,
    registerSequence: null,
    decidedAt: null,
    version: 0,
    createdAt: created,
    updatedAt: created,
    registerNumber: null,
    majority: { kind: 'simple' as const, base: 'expressed' as const, numerator: 2, denominator: 3 },
    ballots: [] as { memberId: string; for: number; against: number; abstention: number }[],
    tally: { for: 0, against: 0, abstention: 0, presentVotes: 0, totalVotes: 5 },
    outcome: { adopted: false, reason: 'noVoteFor' as string, base: 0, required: 1 },
    decidedQuorum: null,
    ...overrides,
  };
}

/** A board meeting of a fictitious GIP as `centre-governance.meeting` answers it. */
export function meetingView(overrides: { status?: string; attendance?: AttendanceEntry[]; deliberations?: ReturnType<typeof pendingDeliberation>[]; minutesFileId?: string | null; quorumMet?: boolean } = {}) {
  const attendance = overrides.attendance ?? [];
  const present = attendance.filter((entry) => entry.status !== 'absent' && entry.status !== 'excused').length;
  return {
    meeting: {
      id: 'm1',
      bodyId: 'board',
      title: 'Séance de décembre (fictive)',
      startsAt: new Date('2026-12-10T13:00:00Z'),
      place: 'Salle du conseil (fictive)',
      round: 1,
      status: overrides.status ?? 'convened',
      chairMemberId: 'dep',
      convenedAt: new Date('2026-11-20T09:00:00Z'),
      heldAt: null,
      minutesFileId: overrides.minutesFileId ?? null,
      createdAt: created,
      updatedAt: created,
    },
    gip: { id: 'gip', name: 'GIP Santé (fictif)' },
    body: { id: 'board', name: "Conseil d'administration", kind: 'board', gipId: 'gip' },
    rules: defaultBodyRules('board'),
    seats,
    attendance,
    attendanceIssues: [],
    quorum: { met: overrides.quorumMet ?? present >= 2, present, total: 4, required: 2, waived: false },
    deliberations: overrides.deliberations ?? [pendingDeliberation()],
    notice: { days: 20, required: 15 },
  };
}
