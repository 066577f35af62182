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

/** What a module's background job receives: always one tenant's work. */
export interface ModuleJobContext {
  tenant: { id: string; slug: string; departementCode: string };
  /** The module's settings for this tenant, parsed (cast to the module's settings type). */
  settings: unknown;
  payload: Record<string, unknown>;
  /** 1 on the first try; the queue retries with back-off until `maxAttempts`. */
  attempts: number;
  isLastAttempt: boolean;
  /** Runs work in one transaction scoped to the job's tenant (row-level security on). Long work commits in several. */
  inTenant<T>(work: (db: Kysely<any>) => Promise<T>): Promise<T>;
  /** Streams one of the tenant's stored files; undefined when the tenant has no such file. */
  openFile(fileId: string): Promise<AsyncIterable<Uint8Array> | undefined>;
}

export type ModuleJobHandler = (job: ModuleJobContext) => Promise<void>;

/** The queue of a module's job: enqueue with `enqueueJob(db, { queue: moduleJobQueue('events', 'reminder'), tenantId, … })`. */
export function moduleJobQueue(moduleId: string, job: string): string {
  return `${moduleId}.${job}`;
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
  /** Background jobs by name; each runs on the queue `moduleJobQueue(manifest.id, name)` with a tenant id. */
  jobs?: Record<string, ModuleJobHandler>;
}

export function defineModuleServer<M extends AnyModuleManifest, R>(server: ModuleServer<M, R>): ModuleServer<M, R> {
  return server;
}
