import type { RouterOutputs } from '@ancrage/ui';

export type ActivityView = RouterOutputs['centre-governance']['activity'];
export type MonthRow = ActivityView['months'][number];
