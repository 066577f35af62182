import type { TenantSettingsDefinition } from './define-module';

export interface StoredSettings {
  settings: unknown;
  version: number;
}

/**
 * Reads stored settings: upgrades them step by step to the current version,
 * then parses them with the module's schema so defaults reach existing rows.
 * Settings that no longer parse fall back to the schema's defaults.
 */
export function readTenantSettings(definition: TenantSettingsDefinition, stored: StoredSettings | undefined): unknown {
  let value = (stored?.settings ?? {}) as Record<string, unknown>;
  for (let version = stored?.version ?? definition.version; version < definition.version; version++) {
    const step = definition.upgrade[version];
    if (step) value = step(value);
  }
  const parsed = definition.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const defaults = definition.schema.safeParse({});
  return defaults.success ? defaults.data : {};
}
