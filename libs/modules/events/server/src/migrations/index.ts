import type { Migration } from 'kysely/migration';
import { eventsInitial } from './2026-11-23-01-events';

export const eventsMigrations: Record<string, Migration> = {
  '2026-11-23-01-events': eventsInitial,
};
