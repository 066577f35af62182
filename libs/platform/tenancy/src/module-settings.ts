import { appError, invalidInput } from '@ancrage/trpc';
import type { ModuleCatalog } from '@ancrage/module-sdk';

export interface ModuleSelection {
  id: string;
  enabled: boolean;
  settings: Record<string, unknown>;
  version: number;
}

/** Checks a tenant's modules: known ids, settings valid, dependencies enabled too. */
export function validateModuleSelection(
  catalog: ModuleCatalog,
  requested: Record<string, { enabled: boolean; settings: Record<string, unknown> }>,
): ModuleSelection[] {
  const selection: ModuleSelection[] = [];
  for (const [id, choice] of Object.entries(requested)) {
    const manifest = catalog.get(id);
    if (!manifest) throw appError('BAD_REQUEST', 'errors:modules.unknown');
    const parsed = manifest.tenantSettings.schema.safeParse(choice.settings);
    if (!parsed.success) throw invalidInput(parsed.error);
    selection.push({ id, enabled: choice.enabled, settings: parsed.data as Record<string, unknown>, version: manifest.tenantSettings.version });
  }
  const enabled = new Set(selection.filter((m) => m.enabled).map((m) => m.id));
  for (const { id } of selection.filter((m) => m.enabled)) {
    const missing = catalog.get(id)?.dependsOn.find((dependency) => !enabled.has(dependency));
    if (missing) throw appError('BAD_REQUEST', 'errors:modules.dependencyDisabled', { dependency: missing });
  }
  return selection;
}
