import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import { withTenant } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import { buildGip, bytesOf, convenedMeeting, expectRefusal, footprint, governanceAs, startPlatform, type GovernanceCaller } from '../cg.int-helpers';

let platform: TestPlatform;
let officer: GovernanceCaller;
let gip: Awaited<ReturnType<typeof buildGip>>;

beforeAll(async () => {
  platform = await startPlatform();
  officer = await governanceAs(platform, 'meuse', 'officer');
  gip = await buildGip(officer);
});
afterAll(() => platform?.close());

const ballot = (memberId: string, votesFor: number, against = 0, abstention = 0) => ({ memberId, for: votesFor, against, abstention });

describe('the GIP and its bodies', () => {
  it('shows members with their status and rights, and each body’s public majority', async () => {
    const view = await officer.gip({ id: gip.gipId });
    expect(view.members).toHaveLength(7);
    expect(view.members.find((member) => member.id === gip.members.ars)).toMatchObject({ observer: true, votingRights: 0 });
    const assembly = view.bodies.find((body) => body.kind === 'general-assembly');
    // 4 + 2 + 1 + 1 + 1 (association with a public-service mission) = 9 public votes of 12.
    expect(assembly?.publicMajority).toEqual({ publicVotes: 9, totalVotes: 12, satisfied: true });
    expect(view.bodies.find((body) => body.kind === 'board')?.publicMajority).toEqual({ publicVotes: 4, totalVotes: 5, satisfied: true });
  });

  it('refuses seats over a member’s statutory votes, votes for an observer, and members of no GIP', async () => {
    await expectRefusal(officer.setSeats({ bodyId: gip.assemblyId, seats: [{ memberId: gip.members.departement, votes: 5 }] }), 'BAD_REQUEST', 'centre-governance:errors.seatOverRights');
    await expectRefusal(officer.setSeats({ bodyId: gip.boardId, seats: [{ memberId: gip.members.ars, votes: 1 }] }), 'BAD_REQUEST', 'centre-governance:errors.observerVotes');
    await expectRefusal(officer.setSeats({ bodyId: gip.boardId, seats: [{ memberId: '00000000-0000-4000-8000-000000000000', votes: 1 }] }), 'BAD_REQUEST', 'centre-governance:errors.seatNotMember');
    expect((await officer.gip({ id: gip.gipId })).bodies.find((body) => body.kind === 'board')?.seats).toHaveLength(4);
  });

  it('refuses to convene a body whose public side holds half the votes or less, and writes nothing', async () => {
    const { id: otherGip } = await officer.createGip({ name: 'GIP déséquilibré (test)' });
    const publicMember = await officer.createMember({ gipId: otherGip, name: 'Commune A (test)', kind: 'commune', sector: 'public', votingRights: 2, contactEmail: 'a@example.org' });
    const privateMember = await officer.createMember({ gipId: otherGip, name: 'Clinique (test)', kind: 'private-company', sector: 'private', votingRights: 2, contactEmail: 'b@example.org' });
    const { id: bodyId } = await officer.createBody({ gipId: otherGip, kind: 'board', name: 'Conseil', rules: { quorum: { basis: 'votes', numerator: 1, denominator: 2 } } });
    await officer.setSeats({ bodyId, seats: [{ memberId: publicMember.id, votes: 2 }, { memberId: privateMember.id, votes: 2 }] });
    const { id: meetingId } = await officer.createMeeting({ bodyId, title: 'Séance', startsAt: '2026-12-01T10:00' });
    await officer.addDeliberation({ meetingId, title: 'Budget' });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.convokeMeeting({ id: meetingId }), 'BAD_REQUEST', 'centre-governance:errors.publicMajority');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    expect((await officer.meeting({ id: meetingId })).meeting.status).toBe('planned');
  });
});

describe('a board meeting', () => {
  let meetingId: string;
  let deliberations: string[];

  beforeAll(async () => {
    ({ meetingId, deliberations } = await convenedMeeting(officer, gip.boardId, gip.members.departement, [{ title: 'Recrutement d’un médecin salarié' }, { title: 'Horaires du samedi' }, { title: 'Point retiré' }]));
  });

  it('sends the convocation with the agenda to the members seated and to observers', async () => {
    const tenantId = await platform.tenantId('meuse');
    const emails = await withTenant(platform.database.db, tenantId, (db) => db.selectFrom('platformEmail').select(['toAddress', 'subject', 'textBody']).where('subject', 'like', 'Convocation%').execute());
    expect(emails.map((email) => email.toAddress).sort()).toEqual(['ars@example.org', 'commune@example.org', 'departement@example.org', 'region@example.org', 'societe@example.org']);
    expect(emails[0]?.textBody).toContain('1. Recrutement d’un médecin salarié');
    expect(emails[0]?.textBody).toContain('gip@meuse.example.org');
    expect(emails[0]?.textBody).toContain('chacun ne détient qu\'un pouvoir');
  });

  it('refuses proxies to absent members or beyond the limit of one per holder, and writes nothing', async () => {
    const before = await footprint(platform, 'meuse');
    await expectRefusal(
      officer.setAttendance({ meetingId, entries: [{ memberId: gip.members.region, status: 'represented', proxyHolderId: gip.members.commune }, { memberId: gip.members.commune, status: 'absent' }] }),
      'BAD_REQUEST',
      'centre-governance:errors.attendance.proxyHolderNotPresent',
    );
    await expectRefusal(
      officer.setAttendance({
        meetingId,
        entries: [
          { memberId: gip.members.departement, status: 'present' },
          { memberId: gip.members.region, status: 'represented', proxyHolderId: gip.members.departement },
          { memberId: gip.members.commune, status: 'represented', proxyHolderId: gip.members.departement },
        ],
      }),
      'BAD_REQUEST',
      'centre-governance:errors.attendance.tooManyProxies',
    );
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('refuses a decision without quorum and records nothing', async () => {
    // One member of four present (by members, at least half are needed).
    await officer.setAttendance({ meetingId, entries: [{ memberId: gip.members.departement, status: 'present' }, { memberId: gip.members.region, status: 'excused' }] });
    await officer.recordVotes({ deliberationId: deliberations[0]!, ballots: [ballot(gip.members.departement, 2)] });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.closeDeliberation({ id: deliberations[0]! }), 'BAD_REQUEST', 'centre-governance:errors.noQuorum');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    const view = await officer.meeting({ id: meetingId });
    expect(view.quorum).toMatchObject({ met: false, present: 1, total: 4, required: 2 });
    expect(view.deliberations[0]).toMatchObject({ status: 'pending', registerNumber: null });
  });

  it('counts a proxy for the represented member: quorum, then votes cast by the holder', async () => {
    await officer.setAttendance({
      meetingId,
      entries: [
        { memberId: gip.members.departement, status: 'present' },
        { memberId: gip.members.region, status: 'represented', proxyHolderId: gip.members.departement },
        { memberId: gip.members.commune, status: 'present' },
        { memberId: gip.members.company, status: 'absent' },
      ],
    });
    const view = await officer.meeting({ id: meetingId });
    expect(view.quorum).toMatchObject({ met: true, present: 3, total: 4 });
    // The absent member's earlier ballot falls with the new attendance; the département's stays.
    expect(view.deliberations[0]?.ballots).toEqual([ballot(gip.members.departement, 2)]);
  });

  it('refuses votes over a member’s rights or from an absent member, and writes nothing', async () => {
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.recordVotes({ deliberationId: deliberations[0]!, ballots: [ballot(gip.members.region, 2, 1)] }), 'BAD_REQUEST', 'centre-governance:errors.ballot.overRights');
    await expectRefusal(officer.recordVotes({ deliberationId: deliberations[0]!, ballots: [ballot(gip.members.commune, 1), ballot(gip.members.company, 1)] }), 'BAD_REQUEST', 'centre-governance:errors.ballot.notPresent');
    await expectRefusal(officer.recordVotes({ deliberationId: deliberations[0]!, ballots: [ballot(gip.members.ars, 1)] }), 'BAD_REQUEST', 'centre-governance:errors.ballot.notSeated');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('adopts under simple majority and numbers the register', async () => {
    await officer.recordVotes({ deliberationId: deliberations[0]!, ballots: [ballot(gip.members.region, 1), ballot(gip.members.commune, 0, 1)] });
    const decided = await officer.closeDeliberation({ id: deliberations[0]! });
    expect(decided).toMatchObject({ status: 'adopted', registerNumber: '2026-001', outcome: { adopted: true, reason: 'majority' } });
    await expectRefusal(officer.recordVotes({ deliberationId: deliberations[0]!, ballots: [ballot(gip.members.commune, 1)] }), 'BAD_REQUEST', 'centre-governance:errors.deliberationDecided');
    await expectRefusal(officer.setAttendance({ meetingId, entries: [] }), 'BAD_REQUEST', 'centre-governance:errors.attendanceLocked');
  });

  it('settles a tie with the chair’s casting vote, as the board’s rules say', async () => {
    // Département 2 for; région (by proxy) 1 and commune 1 against: 2 to 2.
    await officer.recordVotes({ deliberationId: deliberations[1]!, ballots: [ballot(gip.members.departement, 2), ballot(gip.members.region, 0, 1), ballot(gip.members.commune, 0, 1)] });
    expect((await officer.meeting({ id: meetingId })).deliberations[1]?.outcome).toMatchObject({ adopted: true, reason: 'castingVote' });
    expect(await officer.closeDeliberation({ id: deliberations[1]! })).toMatchObject({ status: 'adopted', registerNumber: '2026-002', outcome: { reason: 'castingVote' } });
  });

  it('closes the session only once every point is decided or withdrawn, then draws up the minutes as a PDF', async () => {
    await expectRefusal(officer.setMeetingStatus({ id: meetingId, status: 'held' }), 'BAD_REQUEST', 'centre-governance:errors.pendingDeliberations');
    await expectRefusal(officer.generateMinutes({ id: meetingId }), 'BAD_REQUEST', 'centre-governance:errors.minutesBeforeHeld');
    await officer.withdrawDeliberation({ id: deliberations[2]! });
    await officer.setMeetingStatus({ id: meetingId, status: 'held' });
    const { fileId, name } = await officer.generateMinutes({ id: meetingId });
    expect(name).toBe('proces-verbal-2026-12-10-board.pdf');
    const file = await (await governanceAs(platform, 'meuse', 'viewer')).governanceFile({ fileId });
    expect(file.contentType).toBe('application/pdf');
    const text = (await extractText(bytesOf(file), { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(text).toContain('Procès-verbal de séance');
    expect(text).toContain('Représenté par Département (test)');
    expect(text).toContain('Quorum atteint : 3 membres présents ou représentés sur 4');
    expect(text).toContain('Délibération n° 2026-001 — Recrutement d’un médecin salarié');
    expect(text).toContain('(voix prépondérante de la présidence)');
    expect(text).not.toContain('Point retiré');
    expect((await officer.meeting({ id: meetingId })).meeting.minutesFileId).toBe(fileId);
  });

  it('keeps the numbered register, as a list and as a PDF', async () => {
    const register = await officer.register({ gipId: gip.gipId, year: 2026 });
    expect(register.map((row) => [row.number, row.status])).toEqual([
      ['2026-001', 'adopted'],
      ['2026-002', 'adopted'],
    ]);
    const pdf = await officer.registerPdf({ gipId: gip.gipId, year: 2026 });
    const { text } = await extractText(bytesOf(pdf), { mergePages: true });
    expect(text).toContain('Registre des délibérations 2026');
    expect(text).toContain('2026-002');
  });
});

describe('amending the convention', () => {
  it('needs unanimity of the votes present in the general assembly, and links the avenant to that deliberation', async () => {
    await officer.addConventionVersion({ gipId: gip.gipId, kind: 'original', title: 'Convention constitutive (test)', signedOn: '2026-01-10', approvedOn: '2026-02-01' });
    const { meetingId, deliberations } = await convenedMeeting(
      officer,
      gip.assemblyId,
      gip.members.departement,
      [
        { title: 'Avenant : entrée d’un membre', decisionKind: 'convention-amendment' },
        { title: 'Avenant : siège social', decisionKind: 'convention-amendment' },
      ],
      '2026-12-15T10:00',
    );
    const everyone = ['departement', 'region', 'commune', 'hospital', 'users', 'company'] as const;
    await officer.setAttendance({ meetingId, entries: everyone.map((key) => ({ memberId: gip.members[key], status: 'present' as const })) });
    const allFor = everyone.map((key) => ({ key, votes: { departement: 4, region: 2, commune: 1, hospital: 1, users: 1, company: 3 }[key] }));
    // One abstention breaks unanimity of the votes present.
    await officer.recordVotes({ deliberationId: deliberations[0]!, ballots: allFor.map(({ key, votes }) => (key === 'users' ? ballot(gip.members[key], 0, 0, votes) : ballot(gip.members[key], votes))) });
    expect(await officer.closeDeliberation({ id: deliberations[0]! })).toMatchObject({ status: 'rejected', outcome: { reason: 'insufficient' } });
    await officer.recordVotes({ deliberationId: deliberations[1]!, ballots: allFor.map(({ key, votes }) => ballot(gip.members[key], votes)) });
    expect(await officer.closeDeliberation({ id: deliberations[1]! })).toMatchObject({ status: 'adopted', registerNumber: '2026-004' });

    await expectRefusal(officer.addConventionVersion({ gipId: gip.gipId, kind: 'amendment', title: 'Avenant n° 1', deliberationId: deliberations[0]! }), 'BAD_REQUEST', 'centre-governance:errors.amendmentNeedsAdoption');
    expect(await officer.addConventionVersion({ gipId: gip.gipId, kind: 'amendment', title: 'Avenant n° 1', deliberationId: deliberations[1]!, signedOn: '2026-12-20' })).toMatchObject({ number: 1 });
    await expectRefusal(officer.addConventionVersion({ gipId: gip.gipId, kind: 'original', title: 'Autre convention' }), 'CONFLICT', 'centre-governance:errors.originalExists');
    const versions = (await officer.gip({ id: gip.gipId })).conventionVersions;
    expect(versions.map((version) => [version.kind, version.number])).toEqual([
      ['original', 0],
      ['amendment', 1],
    ]);
  });
});

describe('who may do what', () => {
  it('lets every role read the GIP but only managers record votes; anonymous visitors see nothing', async () => {
    for (const role of ['admin', 'officer', 'partner', 'viewer'] as const) expect((await (await governanceAs(platform, 'meuse', role)).gip({ id: gip.gipId })).id).toBe(gip.gipId);
    const viewer = await governanceAs(platform, 'meuse', 'viewer');
    await expect(viewer.recordVotes({ deliberationId: gip.gipId, ballots: [ballot(gip.members.departement, 1)] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await governanceAs(platform, 'meuse', 'partner')).createMember({ gipId: gip.gipId, name: 'Intrus', kind: 'commune', sector: 'public', votingRights: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await governanceAs(platform, 'meuse')).gip({ id: gip.gipId })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('writes an audit record for every change, with what changed', async () => {
    const tenantId = await platform.tenantId('meuse');
    const audit = await withTenant(platform.database.db, tenantId, (db) => db.selectFrom('platformAudit').select(['action', 'entityType', 'userId']).where('action', 'in', ['centre-governance.recordVotes', 'centre-governance.closeDeliberation', 'centre-governance.setAttendance']).execute());
    expect(audit.filter((row) => row.action === 'centre-governance.closeDeliberation')).toHaveLength(4);
    expect(audit.every((row) => row.userId !== null && row.entityType?.startsWith('centre-governance.'))).toBe(true);
  });
});
