import type { Migration } from 'kysely/migration';
import { incentivesInitial } from './2026-11-23-01-incentives';

export const incentivesMigrations: Record<string, Migration> = {
  '2026-11-23-01-incentives': incentivesInitial,
};
