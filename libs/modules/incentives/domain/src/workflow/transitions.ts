import type { SelectionMode } from '../vocabulary';
import type { Actor, ApplicationStatus } from './application-status';

export interface WorkflowScheme {
  selection: SelectionMode;
  hasCommitment: boolean;
}

export interface Transition {
  from: ApplicationStatus;
  to: ApplicationStatus;
  actor: Actor;
  /** When the move depends on how the scheme works. */
  when?: (scheme: WorkflowScheme) => boolean;
}

const committee = (s: WorkflowScheme) => s.selection === 'committee';
const automatic = (s: WorkflowScheme) => s.selection === 'automatic';
const withCommitment = (s: WorkflowScheme) => s.hasCommitment;
const withoutCommitment = (s: WorkflowScheme) => !s.hasCommitment;

/** Every legal move of an application. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', actor: 'candidate' },
  ...(['draft', 'submitted', 'under-review', 'committee'] as const).map((from) => ({ from, to: 'withdrawn' as const, actor: 'candidate' as const })),
  { from: 'submitted', to: 'under-review', actor: 'officer' },
  { from: 'under-review', to: 'committee', actor: 'officer', when: committee },
  { from: 'under-review', to: 'approved', actor: 'officer', when: automatic },
  { from: 'under-review', to: 'rejected', actor: 'officer' },
  { from: 'committee', to: 'approved', actor: 'officer' },
  { from: 'committee', to: 'rejected', actor: 'officer' },
  { from: 'approved', to: 'agreement-signed', actor: 'officer' },
  { from: 'agreement-signed', to: 'being-paid', actor: 'officer' },
  // Some schemes pay only once the commitment is settled.
  { from: 'agreement-signed', to: 'commitment-running', actor: 'officer', when: withCommitment },
  { from: 'being-paid', to: 'commitment-running', actor: 'officer', when: withCommitment },
  { from: 'being-paid', to: 'completed', actor: 'officer', when: withoutCommitment },
  { from: 'commitment-running', to: 'completed', actor: 'officer' },
  { from: 'commitment-running', to: 'commitment-broken', actor: 'officer' },
  { from: 'commitment-broken', to: 'repayment', actor: 'officer' },
  { from: 'repayment', to: 'repaid', actor: 'officer' },
];

/** Where an application in `from` may go, for this actor and this scheme. */
export function allowedTransitions(from: ApplicationStatus, actor: Actor, scheme: WorkflowScheme): ApplicationStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.actor === actor && (t.when?.(scheme) ?? true)).map((t) => t.to);
}

export function canTransition(from: ApplicationStatus, to: ApplicationStatus, actor: Actor, scheme: WorkflowScheme): boolean {
  return allowedTransitions(from, actor, scheme).includes(to);
}

/** Statuses no one moves an application out of. */
export function isTerminal(status: ApplicationStatus): boolean {
  return !TRANSITIONS.some((t) => t.from === status);
}
