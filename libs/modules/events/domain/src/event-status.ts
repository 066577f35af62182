import type { EventStatus } from './audiences';

/** The publication workflow: which status may follow which. */
const TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['draft', 'cancelled', 'closed'],
  closed: ['published'],
  cancelled: [],
};

export function nextStatuses(status: EventStatus): readonly EventStatus[] {
  return TRANSITIONS[status];
}

export function canTransition(from: EventStatus, to: EventStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type RegistrationState = 'open' | 'not-yet-open' | 'closed' | 'cancelled' | 'unpublished';

export interface RegistrationWindow {
  status: EventStatus;
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

/** Whether the portal takes registrations now; without a closing date, until the event starts. */
export function registrationState(event: RegistrationWindow, now: Date): RegistrationState {
  if (event.status === 'draft') return 'unpublished';
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status === 'closed') return 'closed';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not-yet-open';
  if (now >= (event.registrationClosesAt ?? event.startsAt)) return 'closed';
  return 'open';
}
