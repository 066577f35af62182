import type { RouterOutputs } from '@ancrage/ui';

export type GipView = RouterOutputs['centre-governance']['gip'];
export type BodyView = GipView['bodies'][number];
