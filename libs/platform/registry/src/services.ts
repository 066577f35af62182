import type { AppDatabase } from '@ancrage/db';
import type { FileStorage } from '@ancrage/files';
import type { TenantScope } from '@ancrage/module-sdk';
import type { PlatformConfig, PlatformServices } from '@ancrage/trpc';
import { catalog, moduleServer } from './catalog';

export async function runEnableHook(moduleId: string, scope: TenantScope) {
  await moduleServer(moduleId)?.hooks?.onEnable?.(scope);
}

export function createServices(database: AppDatabase, files: FileStorage, config: PlatformConfig): PlatformServices {
  return { database, files, config, catalog, onModuleEnabled: runEnableHook };
}
