// Shared set-up of this module's integration tests: two départements with the
// module on, one without, a user per role, and readers of what got written.
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { expect } from 'vitest';
import { withTenant } from '@ancrage/db';
import { createTestPlatform, type TestPlatform } from '@ancrage/registry/testing';
import type { TenantFileInput } from '@ancrage/contracts';
import type { EventInput } from '@ancrage/events-domain';
import { translatorFor } from './events-i18n';
import { eventInputFor } from './testing';

export const ROLES = ['admin', 'officer', 'partner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const tenants: TenantFileInput[] = [
  { slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', modules: { events: { enabled: true, settings: { contactEmail: 'evenements@meuse.example.org' } } } },
  { slug: 'landes', name: 'Département des Landes', departementCode: '40', modules: { events: { enabled: true, settings: {} } } },
  { slug: 'gers', name: 'Département du Gers', departementCode: '32', modules: {} },
];

export async function startPlatform(): Promise<TestPlatform> {
  const platform = await createTestPlatform();
  for (const tenant of tenants) {
    await platform.createTenant(tenant);
    for (const role of ROLES) await platform.createUser({ email: `${role}@${tenant.slug}.test`, tenant: tenant.slug, role });
  }
  return platform;
}

/** The module's procedures as `role` of `tenant` sees them (an anonymous visitor without a role). */
export async function eventsAs(platform: TestPlatform, tenant: string, role?: Role, locale?: 'fr' | 'en') {
  return (await platform.caller({ tenant, user: role ? `${role}@${tenant}.test` : undefined, locale })).events;
}

/** Creates and publishes an event as the tenant's officer. */
export async function publishedEvent(platform: TestPlatform, tenant: string, overrides: Partial<EventInput> = {}) {
  const officer = await eventsAs(platform, tenant, 'officer');
  const { id } = await officer.createEvent(eventInputFor(overrides));
  await officer.setEventStatus({ id, status: 'published' });
  return id;
}

export async function emailsTo(platform: TestPlatform, tenant: string, address: string) {
  const tenantId = await platform.tenantId(tenant);
  return withTenant(platform.database.db, tenantId, (db) =>
    db.selectFrom('platformEmail').selectAll().where('toAddress', '=', address).orderBy('createdAt').orderBy('id').execute(),
  );
}

/** Rows of the tenant's tables that a refused action must leave alone. */
export async function footprint(platform: TestPlatform, tenant: string) {
  const tenantId = await platform.tenantId(tenant);
  return withTenant(platform.database.db, tenantId, async (db) => {
    const count = async (table: 'eventsRegistration' | 'platformEmail' | 'platformAudit' | 'eventsAccessToken') =>
      Number((await db.selectFrom(table as never).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { registrations: await count('eventsRegistration'), emails: await count('platformEmail'), audit: await count('platformAudit'), tokens: await count('eventsAccessToken') };
  });
}

/** A refusal the user reads in French and English: its code, and a message key translated in both. */
export async function expectRefusal(promise: Promise<unknown>, code: TRPCError['code'], key: string) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toBe(key);
  for (const locale of ['fr', 'en']) expect(translatorFor(locale).t(key), `${locale}: ${key}`).not.toBe(key.replace(/^[\w-]+:/, ''));
}

/** An input refused field by field: each path with its translated message key. */
export async function expectFieldErrors(promise: Promise<unknown>, expected: Record<string, string>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('BAD_REQUEST');
  const cause = (error as TRPCError).cause;
  expect(cause).toBeInstanceOf(ZodError);
  const issues = Object.fromEntries((cause as ZodError).issues.map((issue) => [issue.path.join('.'), issue.message]));
  expect(issues).toMatchObject(expected);
  for (const key of Object.values(expected)) {
    for (const locale of ['fr', 'en']) expect(translatorFor(locale).t(key), `${locale}: ${key}`).not.toBe(key.replace(/^[\w-]+:/, ''));
  }
}
