export { serverModules } from './server-modules';
export { catalog, migrationGroups, orderedServerModules, moduleNamespaces } from './catalog';
export { appRouter, type AppRouter } from './app-router';
export * from './create-context';
export * from './services';
export * from './demo-seed';
export * from './module-jobs';
