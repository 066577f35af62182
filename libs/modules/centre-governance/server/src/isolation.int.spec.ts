import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreGovernanceService } from '@ancrage/centre-governance-domain';
import { withTenant } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import { centreGovernanceServer } from './centre-governance.server';
import { governanceAs, startPlatform } from './cg.int-helpers';
import type { GovernanceDb } from './cg-db';

let platform: TestPlatform;

/** Runs the module's demo seed for a tenant, as `npm start` does at tenant creation. */
async function seedDemo(slug: string, departementCode: string) {
  const tenantId = await platform.tenantId(slug);
  await withTenant(platform.database.db, tenantId, (db) => centreGovernanceServer.seeds!.demo!({ tenantId, tenantSlug: slug, departementCode, db }));
}

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

describe('the demo seed', () => {
  it('gives Meuse a centre in preparation with its GIP, meetings, docteurs juniors and a year of activity, quickly', async () => {
    const started = performance.now();
    await seedDemo('meuse', '55');
    expect(performance.now() - started).toBeLessThan(5_000);
    const officer = await governanceAs(platform, 'meuse', 'officer');
    const [centre] = await officer.centres();
    expect(centre).toMatchObject({ name: 'Centre de santé Cœur de Meuse (fictif)', status: 'preparation', sites: 2, communes: 11, professionals: 7 });
    const gips = await officer.gips();
    const gip = await officer.gip({ id: gips[0]!.id });
    expect(gip.members.find((member) => member.observer)?.name).toContain('Agence régionale de santé');
    expect(gip.bodies.map((body) => [body.kind, body.publicMajority.satisfied])).toEqual([
      ['general-assembly', true],
      ['board', true],
    ]);
    expect(gip.meetings.map((meeting) => meeting.status).sort()).toEqual(['convened', 'held', 'held']);
    expect(gip.conventionVersions.map((version) => version.number)).toEqual([0, 1]);
    const juniors = (await officer.professionals({ centreId: centre!.id })).filter((person) => person.status === 'docteur-junior');
    expect(juniors).toHaveLength(3);
    expect(juniors.every((person) => person.semesterStart && person.supervisorName.includes('fictive'))).toBe(true);
    const held = gip.meetings.find((meeting) => meeting.bodyKind === 'board' && meeting.status === 'held');
    const board = await officer.meeting({ id: held!.id });
    expect(board.deliberations.map((deliberation) => deliberation.outcome.reason)).toEqual(['majority', 'castingVote']);
  });

  it('feeds the yearly summary other modules read through the domain’s service', async () => {
    const tenantId = await platform.tenantId('meuse');
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()));
    const summary = await withTenant(platform.database.db, tenantId, (db) => centreGovernanceService(db).yearlySummary(year));
    const [centre] = summary.centres;
    expect(centre?.activity.months).toBeGreaterThan(0);
    expect(centre?.activity.consultations).toBeGreaterThan(1000);
    expect(centre?.byStatus['docteur-junior']).toBe(3);
    expect(summary.governance[0]?.publicMajority.every((body) => body.satisfied)).toBe(true);
    // 90 % of the 850 000 € budget is shared among the members paying in cash; the hospital gives in kind.
    expect(summary.governance[0]?.contributions).toMatchObject({ dueCents: 76_500_000, inKindCents: 6_000_000 });
  });

  it('labels every organisation and person as fictitious', async () => {
    const tenantId = await platform.tenantId('meuse');
    const names = await withTenant(platform.database.db, tenantId, async (trx) => {
      const db = trx as unknown as GovernanceDb;
      return [
        ...(await db.selectFrom('centreGovernanceGip').select('name').execute()).map((row) => row.name),
        ...(await db.selectFrom('centreGovernanceCentre').select('name').execute()).map((row) => row.name),
        ...(await db.selectFrom('centreGovernanceMember').select('name').execute()).map((row) => row.name),
        ...(await db.selectFrom('centreGovernanceSite').select('name').execute()).map((row) => row.name),
        ...(await db.selectFrom('centreGovernanceProfessional').select('lastName').execute()).map((row) => row.lastName),
        ...(await db.selectFrom('centreGovernanceMeeting').select('title').execute()).map((row) => row.title),
      ];
    });
    for (const name of names) expect(name, name).toMatch(/fictif|fictive/);
  });

  it('does nothing the second time', async () => {
    await seedDemo('meuse', '55');
    expect(await (await governanceAs(platform, 'meuse', 'officer')).centres()).toHaveLength(1);
  });
});

describe('tenant isolation', () => {
  it('answers NOT_FOUND in Landes while the module is disabled there', async () => {
    const landes = await governanceAs(platform, 'landes', 'admin');
    await expect(landes.centres()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect((await governanceAs(platform, 'landes')).publicCentres()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a Landes admin who enables the module none of Meuse’s centre, members, meetings, votes or files, even by id', async () => {
    const meuse = await governanceAs(platform, 'meuse', 'officer');
    const [centre] = await meuse.centres();
    const gipId = (await meuse.gips())[0]!.id;
    const gip = await meuse.gip({ id: gipId });
    const meeting = await meuse.meeting({ id: gip.meetings.find((m) => m.status === 'held')!.id });
    const deliberation = meeting.deliberations[0]!;
    const { fileId } = await meuse.generateMinutes({ id: meeting.meeting.id });

    const admin = await platform.caller({ tenant: 'landes', user: 'admin@landes.test' });
    await admin.admin.modules.setEnabled({ moduleId: 'centre-governance', enabled: true });
    const landes = await governanceAs(platform, 'landes', 'admin');
    expect(await landes.centres()).toEqual([]);
    expect(await landes.gips()).toEqual([]);
    expect(await landes.publicCentres()).toEqual([]);
    expect(await landes.professionals({})).toEqual([]);
    const readsById = [
      () => landes.centre({ id: centre!.id }),
      () => landes.gip({ id: gipId }),
      () => landes.meeting({ id: meeting.meeting.id }),
      () => landes.governanceFile({ fileId }),
      () => landes.register({ gipId, year: new Date().getFullYear() }),
      () => landes.finances({ gipId, year: new Date().getFullYear() }),
      () => landes.activity({ centreId: centre!.id, year: new Date().getFullYear() }),
    ];
    for (const read of readsById) await expect(read()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Writing against Meuse's rows by id finds nothing either.
    await expect(landes.recordVotes({ deliberationId: deliberation.id, ballots: [{ memberId: gip.members[0]!.id, for: 1, against: 0, abstention: 0 }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(landes.createMember({ gipId, name: 'Intrus', kind: 'commune', sector: 'public', votingRights: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await meuse.meeting({ id: meeting.meeting.id })).deliberations[0]?.ballots).toEqual(deliberation.ballots);
  });

  it('keeps a Meuse officer out of Landes, where they hold no role', async () => {
    const stranger = await platform.caller({ tenant: 'landes', user: 'officer@meuse.test' });
    await expect(stranger['centre-governance'].centres()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
