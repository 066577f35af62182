import type { TFunction } from 'i18next';
import type { Kysely, Transaction } from 'kysely';
import type { AppDatabase, PlatformDatabase, TenantBranding } from '@ancrage/db';
import type { Locale } from '@ancrage/i18n';
import type { ModuleCatalog, TenantRole, TenantScope } from '@ancrage/module-sdk';
import type { FileStorage } from '@ancrage/files';

export interface TenantContext {
  id: string;
  slug: string;
  name: string;
  departementCode: string;
  regionCode: string;
  defaultLocale: Locale;
  branding: TenantBranding;
  enabledModules: ReadonlySet<string>;
  /** Parsed (and upgraded) settings of each enabled module. */
  moduleSettings: ReadonlyMap<string, unknown>;
}

export interface SessionContext {
  userId: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  tokenHash: string;
  /** Role in the request's tenant, if any. */
  role: TenantRole | null;
  /** Qualified permissions (`module:resource.action`) in the request's tenant. */
  permissions: ReadonlySet<string>;
}

export interface CookieJar {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

export interface Logger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface PlatformConfig {
  /** Public base URL, used in emails' links. */
  publicUrl: string;
  secureCookies: boolean;
}

export interface PlatformServices {
  database: AppDatabase;
  /** Every module this deployment knows (the platform's own included). */
  catalog: ModuleCatalog;
  /** Runs a module's onEnable hook in the tenant's transaction (the territory loads its communes). */
  onModuleEnabled: (moduleId: string, scope: TenantScope) => Promise<void>;
  files: FileStorage;
  config: PlatformConfig;
}

export interface AuditEntry {
  action?: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent: string;
  locale: Locale;
  t: TFunction;
  tenant: TenantContext | null;
  session: SessionContext | null;
  services: PlatformServices;
  cookies: CookieJar;
  log: Logger;
}

/** What tenant-scoped procedures receive on top of the request context. */
export interface TenantScopedContext extends RequestContext {
  tenant: TenantContext;
  /** The request's transaction, as the application role with the tenant set (RLS). */
  db: Transaction<PlatformDatabase>;
  /** Details for the audit record every mutation writes. */
  audit: (entry: AuditEntry) => void;
}

export type OwnerDatabase = Kysely<PlatformDatabase>;
