import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, T | string, T | string>;

export interface TenantBranding {
  primaryColor?: string;
  accentColor?: string;
  logoUrl?: string;
  tagline?: { fr?: string; en?: string };
  portalIntro?: { fr?: string; en?: string };
}

export interface PlatformTenantTable {
  id: Generated<string>;
  slug: string;
  name: string;
  departementCode: string;
  regionCode: string;
  defaultLocale: Generated<'fr' | 'en'>;
  branding: Json<TenantBranding>;
  hosts: ColumnType<string[], string[] | undefined, string[]>;
  createdAt: CreatedAt;
}

export interface PlatformTenantModuleTable {
  tenantId: string;
  moduleId: string;
  enabled: Generated<boolean>;
  settings: Json<Record<string, unknown>>;
  settingsVersion: Generated<number>;
  updatedAt: Generated<Date>;
}

export interface PlatformUserTable {
  id: Generated<string>;
  email: string;
  passwordHash: string | null;
  displayName: string;
  locale: Generated<'fr' | 'en'>;
  emailVerifiedAt: Timestamp | null;
  isPlatformAdmin: Generated<boolean>;
  createdAt: CreatedAt;
}

export interface PlatformMembershipTable {
  tenantId: string;
  userId: string;
  role: 'admin' | 'officer' | 'partner' | 'viewer';
  createdAt: CreatedAt;
}

export interface PlatformSessionTable {
  tokenHash: string;
  userId: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
  lastSeenAt: Generated<Date>;
}

export interface PlatformLoginAttemptTable {
  key: string;
  attemptedAt: CreatedAt;
}

export interface PlatformTokenTable {
  tokenHash: string;
  kind: 'verify_email' | 'reset_password';
  userId: string;
  tenantId: string | null;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
}

export interface PlatformAuditTable {
  tenantId: string;
  id: Generated<number>;
  at: CreatedAt;
  userId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  requestId: string | null;
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

export interface PlatformEmailTable {
  tenantId: string;
  id: Generated<string>;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attachments: Json<EmailAttachment[]>;
  status: Generated<'pending' | 'sent' | 'kept' | 'failed'>;
  error: string | null;
  createdAt: CreatedAt;
  sentAt: Timestamp | null;
}

export interface PlatformFileTable {
  tenantId: string;
  id: Generated<string>;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface PlatformJobTable {
  id: Generated<number>;
  tenantId: string | null;
  queue: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<'pending' | 'running' | 'done' | 'failed'>;
  runAt: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: Generated<number>;
  maxAttempts: Generated<number>;
  lockedUntil: Timestamp | null;
  lastError: string | null;
  createdAt: CreatedAt;
  finishedAt: Timestamp | null;
}

export interface PlatformDatabase {
  platformTenant: PlatformTenantTable;
  platformTenantModule: PlatformTenantModuleTable;
  platformUser: PlatformUserTable;
  platformMembership: PlatformMembershipTable;
  platformSession: PlatformSessionTable;
  platformLoginAttempt: PlatformLoginAttemptTable;
  platformToken: PlatformTokenTable;
  platformAudit: PlatformAuditTable;
  platformEmail: PlatformEmailTable;
  platformFile: PlatformFileTable;
  platformJob: PlatformJobTable;
}

export type Tenant = Selectable<PlatformTenantTable>;
export type NewTenant = Insertable<PlatformTenantTable>;
export type User = Selectable<PlatformUserTable>;
