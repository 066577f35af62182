import type { RouterOutputs } from '@ancrage/ui';

export type MeetingView = RouterOutputs['centre-governance']['meeting'];
export type Seat = MeetingView['seats'][number];
export type DeliberationView = MeetingView['deliberations'][number];
