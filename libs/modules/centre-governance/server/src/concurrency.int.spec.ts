import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TestPlatform } from '@ancrage/registry/testing';
import { buildGip, convenedMeeting, governanceAs, startPlatform, type GovernanceCaller } from './cg.int-helpers';

// On PostgreSQL (DATABASE_URL set) the requests really run side by side on a
// pool of connections; on PGlite they are serialised, which checks the logic alone.
const backend = inject('databaseTemplate').kind;

let platform: TestPlatform;
let officer: GovernanceCaller;
let admin: GovernanceCaller;
let gip: Awaited<ReturnType<typeof buildGip>>;

beforeAll(async () => {
  platform = await startPlatform();
  officer = await governanceAs(platform, 'meuse', 'officer');
  admin = await governanceAs(platform, 'meuse', 'admin');
  gip = await buildGip(officer);
});
afterAll(() => platform?.close());

const ballot = (memberId: string, votesFor: number, against = 0) => ({ memberId, for: votesFor, against, abstention: 0 });

async function inSession(title: string) {
  const meeting = await convenedMeeting(officer, gip.boardId, gip.members.departement, [{ title }]);
  await officer.setAttendance({ meetingId: meeting.meetingId, entries: (['departement', 'region', 'commune', 'company'] as const).map((key) => ({ memberId: gip.members[key], status: 'present' as const })) });
  return { ...meeting, deliberationId: meeting.deliberations[0]! };
}

describe(`votes under concurrency (${backend})`, () => {
  it('keeps both when two officers record votes on the same deliberation at once', async () => {
    const { meetingId, deliberationId } = await inSession('Deux saisies simultanées');
    const results = await Promise.all([
      officer.recordVotes({ deliberationId, ballots: [ballot(gip.members.departement, 2), ballot(gip.members.region, 1)] }),
      admin.recordVotes({ deliberationId, ballots: [ballot(gip.members.commune, 0, 1), ballot(gip.members.company, 1)] }),
    ]);
    expect(results.map((result) => result.version).sort()).toEqual([1, 2]);
    const deliberation = (await officer.meeting({ id: meetingId })).deliberations[0];
    expect(deliberation?.ballots).toHaveLength(4);
    expect(deliberation?.tally).toMatchObject({ for: 4, against: 1 });
    expect(deliberation?.version).toBe(2);
  });

  it('tells the officer whose page is stale to reload instead of overwriting', async () => {
    const { deliberationId } = await inSession('Saisie sur une page périmée');
    const settled = await Promise.allSettled([
      officer.recordVotes({ deliberationId, expectedVersion: 0, ballots: [ballot(gip.members.departement, 2)] }),
      admin.recordVotes({ deliberationId, expectedVersion: 0, ballots: [ballot(gip.members.departement, 0, 2)] }),
    ]);
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = settled.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT', message: 'centre-governance:errors.votesChanged' });
  });

  it('decides and numbers a deliberation once when two officers close it at once', async () => {
    const { meetingId, deliberationId } = await inSession('Clôture simultanée');
    await officer.recordVotes({ deliberationId, ballots: [ballot(gip.members.departement, 2)] });
    const settled = await Promise.allSettled([officer.closeDeliberation({ id: deliberationId }), admin.closeDeliberation({ id: deliberationId })]);
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect((settled.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ message: 'centre-governance:errors.deliberationDecided' });
    const numbers = (await officer.register({ gipId: gip.gipId, year: 2026 })).map((row) => row.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect((await officer.meeting({ id: meetingId })).deliberations[0]?.status).toBe('adopted');
  });
});

describe(`bookings and payments under concurrency (${backend})`, () => {
  it('gives a room to one of five simultaneous bookings of the same slot', async () => {
    const { id: centreId } = await officer.createCentre({ name: 'Centre concurrent (test)' });
    const { id: siteId } = await officer.saveSite({ site: { centreId, name: 'Site', kind: 'main' } });
    const { id: roomId } = await officer.addRoom({ siteId, name: 'Cabinet 1', kind: 'consultation' });
    const people = await Promise.all(Array.from({ length: 5 }, (_, n) => officer.createProfessional({ centreId, firstName: 'Médecin', lastName: `N${n} (test)`, profession: 'general-practitioner', status: 'gip-employee' })));
    const settled = await Promise.allSettled(people.map((person) => admin.bookRoom({ roomId, professionalId: person.id, startsAt: '2026-12-07T08:00', endsAt: '2026-12-07T12:00' })));
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(settled.filter((outcome) => outcome.status === 'rejected').map((outcome) => (outcome as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect((await officer.week({ centreId, day: '2026-12-07' })).bookings).toHaveLength(1);
  });

  it('never takes a call beyond its amount when payments arrive at once', async () => {
    const { id: callId } = await officer.issueFundCall({ gipId: gip.gipId, memberId: gip.members.region, year: 2026, label: 'Appel concurrent', amountCents: 100_000, issuedOn: '2026-03-01' });
    const settled = await Promise.allSettled(Array.from({ length: 3 }, () => admin.recordPayment({ callId, amountCents: 60_000, receivedOn: '2026-03-15' })));
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const call = (await officer.finances({ gipId: gip.gipId, year: 2026 })).calls.find((candidate) => candidate.id === callId);
    expect(call).toMatchObject({ paidCents: 60_000, outstandingCents: 40_000 });
  });
});
