import type { RouterOutputs } from '@ancrage/ui';

export type Finances = RouterOutputs['centre-governance']['finances'];
