export const CENTRE_STATUSES = ['preparation', 'open', 'closed'] as const;
export type CentreStatus = (typeof CENTRE_STATUSES)[number];

/** A centre is prepared, then opens, then closes; it never goes back. */
export function canChangeCentreStatus(from: CentreStatus, to: CentreStatus): boolean {
  return (from === 'preparation' && (to === 'open' || to === 'closed')) || (from === 'open' && to === 'closed');
}

export const MEETING_STATUSES = ['planned', 'convened', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Planned, convened (convocation sent), then held; a meeting not held yet may be cancelled. */
export function canChangeMeetingStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  if (to === 'cancelled') return from === 'planned' || from === 'convened';
  return (from === 'planned' && to === 'convened') || (from === 'convened' && to === 'held');
}

export const DELIBERATION_STATUSES = ['pending', 'adopted', 'rejected', 'withdrawn'] as const;
export type DeliberationStatus = (typeof DELIBERATION_STATUSES)[number];

/** The number of a deliberation in the GIP's register: year and sequence, "2026-007". */
export function registerNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(3, '0')}`;
}
