// Shared set-up of the schemes, portal and budget integration tests: Meuse and
// Landes with every module on, a user per role, a valid scheme content, and
// readers of what got written.
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { expect } from 'vitest';
import type { Kysely } from 'kysely';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import { createI18n, platformResources } from '@ancrage/i18n';
import { incentivesModule, type SchemeContentInput } from '@ancrage/incentives-domain';
import { createTestPlatform, seedTwoTenants, type TestPlatform } from '@ancrage/registry/testing';
import type { IncentivesDb } from '../incentives-db';

export type Role = 'admin' | 'officer' | 'partner' | 'viewer';

export const VERDUN = '55545';
export const BAR_LE_DUC = '55029';
export const COMMERCY = '55122';
export const MONT_DE_MARSAN = '40192';

export async function startPlatform(): Promise<TestPlatform> {
  const platform = await createTestPlatform();
  await seedTwoTenants(platform);
  return platform;
}

/** The module's procedures as `role` of `tenant` sees them (an anonymous visitor without a role). */
export async function incentivesAs(platform: TestPlatform, tenant: string, role?: Role, locale?: 'fr' | 'en') {
  return (await platform.caller({ tenant, user: role ? `${role}@${tenant}.test` : undefined, locale })).incentives;
}
export type IncentivesCaller = Awaited<ReturnType<typeof incentivesAs>>;

/**
 * A sound installation aid: doctors settling in Verdun or Bar-le-Duc get
 * 10 000 € once; its two test cases pass.
 */
export function schemeContent(overrides: Partial<SchemeContentInput> = {}): SchemeContentInput {
  return {
    name: { fr: 'Aide à l’installation (test)', en: 'Installation aid (test)' },
    summary: { fr: 'Pour s’installer à Verdun ou à Bar-le-Duc.', en: 'To settle in Verdun or Bar-le-Duc.' },
    description: { fr: 'Aide de test.', en: 'Test aid.' },
    kind: 'installation-aid',
    audiences: ['settling-professional'],
    eligibility: {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
        { op: 'condition', condition: { type: 'practice-area', area: { communes: [VERDUN, BAR_LE_DUC] } } },
      ],
    },
    amount: { mode: 'one-off', amountCents: 1_000_000 },
    yearlyEnvelopeCents: 5_000_000,
    testCases: [
      { label: 'Médecin à Verdun', profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: VERDUN }, expectEligible: true, expectedAmountCents: 1_000_000 },
      { label: 'Infirmier à Verdun', profile: { status: 'settling-professional', profession: 'infirmier', practiceCommune: VERDUN }, expectEligible: false },
    ],
    ...overrides,
  };
}

/** Creates and publishes a scheme as the tenant's admin; returns its id and row version. */
export async function publishedScheme(admin: IncentivesCaller, slug: string, content: SchemeContentInput = schemeContent()) {
  const { id, rowVersion } = await admin.createScheme({ slug, content });
  const published = await admin.publishScheme({ id, rowVersion });
  return { id, ...published };
}

/** Work on the tenant's tables as the application role would (row-level security on). */
export async function inTenant<T>(platform: TestPlatform, tenant: string, work: (db: IncentivesDb) => Promise<T>): Promise<T> {
  const tenantId = await platform.tenantId(tenant);
  return withTenant(platform.database.db, tenantId, (db) => work(db as unknown as IncentivesDb));
}

/** Rows a refused action must leave alone (row versions and statuses change without adding rows). */
export function footprint(platform: TestPlatform, tenant: string) {
  return inTenant(platform, tenant, async (db) => {
    const count = async (table: 'incentivesScheme' | 'incentivesSchemeVersion' | 'incentivesEnvelope') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const schemes = await db.selectFrom('incentivesScheme').select(['id', 'status', 'rowVersion', 'draft', 'publishedVersion']).orderBy('id').execute();
    const envelopes = await db.selectFrom('incentivesEnvelope').selectAll().orderBy('schemeId').orderBy('year').execute();
    const audit = await (db as unknown as Kysely<PlatformDatabase>)
      .selectFrom('platformAudit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { versions: await count('incentivesSchemeVersion'), schemes, envelopes, audit: Number(audit.n) };
  });
}

const i18n = createI18n({ namespaces: { ...platformResources, [incentivesModule.id]: incentivesModule.locales } });

/** A message of this module, in French or English. */
export const translate = (locale: 'fr' | 'en', key: string, params: Record<string, unknown> = {}) => String(i18n.getFixedT(locale)(key, params as never));

/** A refusal the user reads in French and English: its code, and a message key translated in both. */
export async function expectRefusal(promise: Promise<unknown>, code: TRPCError['code'], key: string): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${key}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toBe(key);
  for (const locale of ['fr', 'en'] as const) expect(translate(locale, key, { count: 2 }), `${locale}: ${key}`).not.toBe(key.replace(/^[\w-]+:/, ''));
  return error as TRPCError;
}

/** The translated parameters of a refusal (what the user reads between the sentence's words). */
export const refusalParams = (error: TRPCError) => (error.cause as unknown as { params: Record<string, unknown> }).params;

/** An input refused before the procedure runs: BAD_REQUEST with its issues; `expected` maps paths to the translated keys they must carry. */
export async function expectInvalidInput(promise: Promise<unknown>, expected: Record<string, string> = {}) {
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
    for (const locale of ['fr', 'en'] as const) expect(translate(locale, key), `${locale}: ${key}`).not.toBe(key.replace(/^[\w-]+:/, ''));
  }
}
