import type { Migration } from 'kysely/migration';
import { platformInitial } from './2026-11-22-01-platform';

export const platformMigrations: Record<string, Migration> = {
  '2026-11-22-01-platform': platformInitial,
};
