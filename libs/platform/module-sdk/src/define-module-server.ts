import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { AnyModuleManifest } from './define-module';

/** A person whose data the platform exports or erases across modules. */
export interface DataSubject {
  email: string;
  userId: string | null;
}

/** Work a module does inside one tenant's transaction. */
export interface TenantScope {
  tenantId: string;
  tenantSlug: string;
  departementCode: string;
  // Modules declare their own tables; the platform hands them an untyped handle.
  db: Kysely<any>;
}

export interface PersonalDataHandler {
  export(scope: TenantScope, subject: DataSubject): Promise<Record<string, unknown[]>>;
  /** Erases or anonymises; returns the number of records touched. */
  erase(scope: TenantScope, subject: DataSubject): Promise<number>;
}

export interface ModuleServer<M extends AnyModuleManifest = AnyModuleManifest, R = unknown> {
  manifest: M;
  router: R;
  /** Frozen migrations, keyed by name (ISO date first). */
  migrations: Record<string, Migration>;
  seeds?: {
    /** Fictitious demo data for one tenant; must be idempotent. */
    demo?: (scope: TenantScope) => Promise<void>;
  };
  hooks?: {
    /** Runs in the tenant's transaction each time the module is enabled (and at tenant creation). */
    onEnable?: (scope: TenantScope) => Promise<void>;
  };
  personalData?: PersonalDataHandler;
}

export function defineModuleServer<M extends AnyModuleManifest, R>(server: ModuleServer<M, R>): ModuleServer<M, R> {
  return server;
}
