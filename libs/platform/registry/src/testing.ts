// Test harness for integration tests (*.int.spec.ts): a private migrated
// database, real services, tenants and users, and tRPC callers that go through
// the same context, middlewares and row-level security as HTTP requests.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createSession, hashPassword } from '@ancrage/auth';
import { withTenant, type AppDatabase } from '@ancrage/db';
import { openTestDatabase } from '@ancrage/db/testing';
import { LocalDiskStorage } from '@ancrage/files';
import { EMAIL_QUEUE, emailDeliveryHandler, JobQueue } from '@ancrage/jobs';
import type { Locale } from '@ancrage/i18n';
import type { TenantRole } from '@ancrage/module-sdk';
import { tenantFileSchema, type TenantFileInput } from '@ancrage/contracts';
import { createTenant } from '@ancrage/tenancy';
import { createCallerFactory, type PlatformServices } from '@ancrage/trpc';
import { appRouter } from './app-router';
import { catalog } from './catalog';
import { createRequestContext } from './create-context';
import { createServices, runEnableHook } from './services';
import { registerModuleJobs } from './module-jobs';

export const TEST_PASSWORD = 'correct horse battery staple';

const createCaller = createCallerFactory(appRouter);
export type TestCaller = ReturnType<typeof createCaller>;

export interface CallerOptions {
  tenant?: string | undefined;
  /** Email of a user created with createUser; omit for an anonymous visitor. */
  user?: string | undefined;
  locale?: Locale | undefined;
  ip?: string | undefined;
  /** An existing session cookie value, as a browser would send it back. */
  sessionToken?: string | undefined;
  /** Receives the cookies the procedures set (session, locale). */
  cookies?: Map<string, string>;
}

export interface TestPlatform {
  database: AppDatabase;
  services: PlatformServices;
  createTenant(file: TenantFileInput): Promise<{ id: string; slug: string }>;
  createUser(options: { email: string; tenant?: string; role?: TenantRole; platformAdmin?: boolean; displayName?: string }): Promise<string>;
  caller(options?: CallerOptions): Promise<TestCaller>;
  tenantId(slug: string): Promise<string>;
  /** Runs due jobs (modules' jobs, email delivery kept in the outbox) until none is left; returns how many ran. */
  runJobs(): Promise<number>;
  close(): Promise<void>;
}

let passwordHash: Promise<string> | undefined;

export async function createTestPlatform(): Promise<TestPlatform> {
  const database = await openTestDatabase(inject('databaseTemplate'));
  const files = new LocalDiskStorage(await mkdtemp(join(tmpdir(), 'ancrage-files-')));
  const services = createServices(database, files, { publicUrl: 'http://ancrage.test', secureCookies: false });
  const db = database.db;

  const tenantId = async (slug: string) => (await db.selectFrom('platformTenant').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  return {
    database,
    services,
    tenantId,
    async runJobs() {
      const queue = registerModuleJobs(new JobQueue(db), db, files).register(EMAIL_QUEUE, emailDeliveryHandler(db, undefined, 'test@ancrage.test'));
      let total = 0;
      for (let ran = await queue.runDue(); ran > 0; ran = await queue.runDue()) total += ran;
      return total;
    },
    async createTenant(file) {
      const id = await createTenant(db, catalog, tenantFileSchema.parse(file), runEnableHook);
      return { id, slug: file.slug };
    },
    async createUser({ email, tenant, role, platformAdmin, displayName }) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const { id } = await db
        .insertInto('platformUser')
        .values({ email, displayName: displayName ?? email, passwordHash: await passwordHash, emailVerifiedAt: new Date(), isPlatformAdmin: platformAdmin ?? false })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (tenant && role) {
        const tid = await tenantId(tenant);
        await withTenant(db, tid, (trx) => trx.insertInto('platformMembership').values({ tenantId: tid, userId: id, role }).execute());
      }
      return id;
    },
    async caller(options = {}) {
      let sessionToken = options.sessionToken;
      if (options.user) {
        const user = await db.selectFrom('platformUser').select('id').where('email', '=', options.user).executeTakeFirstOrThrow();
        sessionToken = await createSession(db, user.id);
      }
      const cookies = options.cookies ?? new Map<string, string>();
      const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
      const context = await createRequestContext(services, {
        requestId: 'test',
        ip: options.ip ?? '127.0.0.1',
        userAgent: 'vitest',
        tenantSlug: options.tenant,
        localeCookie: options.locale,
        sessionToken,
        log: silent,
        cookies: { set: (name, value) => void cookies.set(name, value), clear: (name) => void cookies.delete(name) },
      });
      return createCaller(context);
    },
    close: () => database.close(),
  };
}
export { MEUSE, LANDES, ROLES, ALL_MODULES, seedTwoTenants } from './fixtures.int-helpers';
