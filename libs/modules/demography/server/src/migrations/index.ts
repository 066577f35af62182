import type { Migration } from 'kysely/migration';
import { demographyInitial } from './2026-11-23-01-demography';

export const demographyMigrations: Record<string, Migration> = {
  '2026-11-23-01-demography': demographyInitial,
};
