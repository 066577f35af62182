// Shared set-up of this module's integration tests: Meuse with the module on,
// Landes with it off, a user per role, a GIP built through the procedures, and
// readers of what got written.
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { withTenant } from '@ancrage/db';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the harness composes every module through the registry, this one included (a cycle for tests only)
import { createTestPlatform, type TestPlatform } from '@ancrage/registry/testing';
import type { TenantFileInput } from '@ancrage/contracts';
import { translatorFor } from './cg-i18n';
import { bodyInputFor, memberInputFor } from './testing';

export const ROLES = ['admin', 'officer', 'partner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const tenants: TenantFileInput[] = [
  { slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', modules: { 'centre-governance': { enabled: true, settings: { secretariatEmail: 'gip@meuse.example.org' } } } },
  { slug: 'landes', name: 'Département des Landes', departementCode: '40', modules: { 'centre-governance': { enabled: false, settings: {} } } },
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
export async function governanceAs(platform: TestPlatform, tenant: string, role?: Role) {
  return (await platform.caller({ tenant, user: role ? `${role}@${tenant}.test` : undefined }))['centre-governance'];
}
export type GovernanceCaller = Awaited<ReturnType<typeof governanceAs>>;

/** Rows a refused action must leave alone. */
export async function footprint(platform: TestPlatform, tenant: string) {
  const tenantId = await platform.tenantId(tenant);
  const tables = [
    'centreGovernanceBallot',
    'centreGovernanceDeliberation',
    'centreGovernanceAttendance',
    'centreGovernanceBooking',
    'centreGovernancePayment',
    'centreGovernanceActivity',
    'centreGovernanceRegisterCounter',
    'platformEmail',
    'platformAudit',
    'platformFile',
  ] as const;
  return withTenant(platform.database.db, tenantId, async (db) => {
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await db.selectFrom(table as never).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    // Versions and statuses change without adding rows.
    counts['versions'] = Number((await db.selectFrom('centreGovernanceDeliberation' as never).select((eb) => eb.fn.coalesce(eb.fn.sum<number>('version' as never), eb.lit(0)).as('n')).executeTakeFirstOrThrow()).n);
    return counts;
  });
}

/** A refusal the user reads in French and English: its code, and a message key translated in both. */
export async function expectRefusal(promise: Promise<unknown>, code: TRPCError['code'], key: string) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${key}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toBe(key);
  for (const locale of ['fr', 'en']) expect(translatorFor(locale).t(key), `${locale}: ${key}`).not.toBe(key.replace(/^[\w-]+:/, ''));
}

export const BOARD_MEMBERS = ['departement', 'region', 'commune', 'company'] as const;

/**
 * A GIP built as an officer would: seven members (public, a private person
 * with a public-service mission, a private company, the ARS as observer), a
 * general assembly seating every voting member with its statutory votes and a
 * board of four (département 2 votes, the others 1), chaired with a casting vote.
 */
export async function buildGip(api: GovernanceCaller, name = 'GIP de test (fictif)') {
  const { id: gipId } = await api.createGip({ name });
  const specs = {
    departement: memberInputFor(gipId, { name: 'Département (test)', kind: 'departement', votingRights: 4, contactEmail: 'departement@example.org', contributionMode: 'share', contributionShareBp: 5000 }),
    region: memberInputFor(gipId, { name: 'Région (test)', kind: 'region', votingRights: 2, contactEmail: 'region@example.org', contributionMode: 'share', contributionShareBp: 2500 }),
    commune: memberInputFor(gipId, { name: 'Commune (test)', votingRights: 1, contactEmail: 'commune@example.org', contributionMode: 'share', contributionShareBp: 1250 }),
    hospital: memberInputFor(gipId, { name: 'Hôpital (test)', kind: 'hospital', votingRights: 1, contributionMode: 'fixed', contributionFixedCents: 1_000_000, contributionKind: 'in-kind' }),
    users: memberInputFor(gipId, { name: 'Association (test)', kind: 'association', sector: 'private-public-service', votingRights: 1 }),
    company: memberInputFor(gipId, { name: 'Société (test)', kind: 'private-company', sector: 'private', votingRights: 3, contactEmail: 'societe@example.org' }),
    ars: memberInputFor(gipId, { name: 'ARS (test)', kind: 'state', observer: true, votingRights: 0, contactEmail: 'ars@example.org' }),
  };
  const members = {} as Record<keyof typeof specs, string>;
  for (const [key, spec] of Object.entries(specs)) members[key as keyof typeof specs] = (await api.createMember(spec)).id;
  const { id: assemblyId } = await api.createBody(bodyInputFor(gipId, 'general-assembly'));
  await api.setSeats({ bodyId: assemblyId, seats: Object.entries(specs).filter(([, spec]) => !spec.observer).map(([key, spec]) => ({ memberId: members[key as keyof typeof specs], votes: spec.votingRights })) });
  const { id: boardId } = await api.createBody(bodyInputFor(gipId, 'board'));
  await api.setSeats({ bodyId: boardId, seats: BOARD_MEMBERS.map((key) => ({ memberId: members[key], votes: key === 'departement' ? 2 : 1 })) });
  return { gipId, members, assemblyId, boardId };
}

/** A convened meeting of `bodyId` with the given agenda, chaired by `chairMemberId`. */
export async function convenedMeeting(api: GovernanceCaller, bodyId: string, chairMemberId: string, agenda: { title: string; decisionKind?: 'ordinary' | 'convention-amendment' | 'budget' }[], startsAt = '2026-12-10T14:00') {
  const { id: meetingId } = await api.createMeeting({ bodyId, title: 'Séance de test', startsAt, place: 'Salle du conseil (test)', chairMemberId });
  const deliberations: string[] = [];
  for (const item of agenda) deliberations.push((await api.addDeliberation({ meetingId, title: item.title, decisionKind: item.decisionKind ?? 'ordinary' })).id);
  await api.convokeMeeting({ id: meetingId });
  return { meetingId, deliberations };
}

/** The stored bytes of a file, base64-decoded. */
export const bytesOf = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));
