import type { Migration } from 'kysely/migration';
import { centreGovernanceInitial } from './2026-11-23-01-centre-governance';

export const centreGovernanceMigrations: Record<string, Migration> = {
  '2026-11-23-01-centre-governance': centreGovernanceInitial,
};
