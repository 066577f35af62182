import type { Migration } from 'kysely/migration';
import { platformMigrations, type MigrationGroup } from '@ancrage/db';
import { ModuleCatalog, type ModuleServer } from '@ancrage/module-sdk';
import { platformManifest } from '@ancrage/trpc';
import { serverModules } from './server-modules';

const modules: readonly ModuleServer[] = Object.values(serverModules);

/** Platform first, then modules in dependency order (boot fails on unknown ids or cycles). */
export const catalog = new ModuleCatalog([platformManifest, ...modules.map((m) => m.manifest)]);

export const orderedServerModules: readonly ModuleServer[] = catalog.modules
  .map((manifest) => modules.find((m) => m.manifest.id === manifest.id))
  .filter((m): m is ModuleServer => m !== undefined);

export const migrationGroups: MigrationGroup[] = [
  { id: 'platform', migrations: platformMigrations as Record<string, Migration> },
  ...orderedServerModules.map((m) => ({ id: m.manifest.id, migrations: m.migrations })),
];

export function moduleServer(id: string): ModuleServer | undefined {
  return orderedServerModules.find((m) => m.manifest.id === id);
}

/** All i18n namespaces: the platform's and one per module. */
export function moduleNamespaces() {
  return Object.fromEntries(catalog.modules.filter((m) => m.id !== platformManifest.id).map((m) => [m.id, m.locales]));
}
