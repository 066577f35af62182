import type { z } from 'zod';
import type { PermissionDefinition } from './permissions';

export const MODULE_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export interface NavEntry<P extends string = string> {
  key: string;
  /** i18n key, in the module's namespace. */
  labelKey: string;
  /** Route segment under /t/:tenant (portal) or /t/:tenant/admin (admin). */
  path: string;
  area: 'admin' | 'portal';
  /** Needed to see the entry; portal entries without it are public. */
  permission?: P;
  position: number;
}

export interface TenantSettingsDefinition<S extends z.ZodType = z.ZodType> {
  /** Bumped whenever the schema changes shape; stored rows are upgraded lazily. */
  version: number;
  schema: S;
  /** upgrade[n] turns settings of version n into version n + 1. */
  upgrade: Record<number, (previous: Record<string, unknown>) => Record<string, unknown>>;
}

/** What a module keeps about a person, so the platform can export and erase it (RGPD). */
export interface PersonalDataDeclaration {
  /** Entity label i18n key, e.g. 'personalData.applicant'. */
  labelKey: string;
  fields: readonly string[];
  /** Retention, in months after the end of the relationship. */
  retentionMonths: number;
}

export type LocaleResources = Record<string, unknown>;

export interface ModuleManifest<Id extends string = string, P extends string = string, S extends z.ZodType = z.ZodType> {
  id: Id;
  version: string;
  dependsOn: readonly string[];
  permissions: Record<P, PermissionDefinition>;
  tenantSettings: TenantSettingsDefinition<S>;
  nav: readonly NavEntry<NoInfer<P>>[];
  personalData: readonly PersonalDataDeclaration[];
  /** i18n namespace of the module: one JSON per language, French first. */
  locales: { fr: LocaleResources; en: LocaleResources };
}

export function defineModule<const Id extends string, const P extends string, S extends z.ZodType>(
  manifest: ModuleManifest<Id, P, S>,
): ModuleManifest<Id, P, S> {
  if (!MODULE_ID_PATTERN.test(manifest.id)) {
    throw new Error(`Module id "${manifest.id}" must be kebab-case`);
  }
  for (const [name, permission] of Object.entries<PermissionDefinition>(manifest.permissions)) {
    for (const implied of permission.dependsOn ?? []) {
      if (!(implied in manifest.permissions)) {
        throw new Error(`Module "${manifest.id}": permission "${name}" depends on unknown "${implied}"`);
      }
    }
  }
  return manifest;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any manifest, whatever its settings schema
export type AnyModuleManifest = ModuleManifest<string, string, any>;
export type PermissionOf<M> = M extends ModuleManifest<string, infer P, z.ZodType> ? P : never;
