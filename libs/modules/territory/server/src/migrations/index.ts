import type { Migration } from 'kysely/migration';
import { territoryInitial } from './2026-11-22-01-territory';

export const territoryMigrations: Record<string, Migration> = {
  '2026-11-22-01-territory': territoryInitial,
};
