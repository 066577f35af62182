export * from './database';
export * from './tenant-scope';
export * from './migrator';
export * from './platform-schema';
export { platformMigrations } from './migrations';
