import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import { saveFile } from '@ancrage/files';
import type { TestPlatform } from '@ancrage/registry/testing';
import { bytesOf, expectRefusal, footprint, governanceAs, startPlatform, type GovernanceCaller } from '../cg.int-helpers';
import { juniorInputFor } from '../testing';

let platform: TestPlatform;
let officer: GovernanceCaller;

beforeAll(async () => {
  platform = await startPlatform();
  officer = await governanceAs(platform, 'meuse', 'officer');
});
afterAll(() => platform?.close());

async function upload(name: string, data: string) {
  const tenantId = await platform.tenantId('meuse');
  return withTenant(platform.database.db, tenantId, (db) => saveFile(db, platform.services.files, { tenantId, name, contentType: 'application/pdf', data: Buffer.from(data), createdBy: null }));
}

describe('centres', () => {
  let centreId: string;

  it('creates a centre serving communes of the département, named from the INSEE reference', async () => {
    ({ id: centreId } = await officer.createCentre({ name: 'Centre de santé (test)', communeCodes: ['55545', '55029', '55545'] }));
    const centre = await officer.centre({ id: centreId });
    expect(centre).toMatchObject({ status: 'preparation', communes: [{ code: '55029', name: 'Bar-le-Duc' }, { code: '55545', name: 'Verdun' }] });
    expect((await officer.communeOptions()).length).toBeGreaterThan(400);
  });

  it('refuses communes of another département and a name already taken', async () => {
    await expectRefusal(officer.createCentre({ name: 'Autre centre (test)', communeCodes: ['40192'] }), 'BAD_REQUEST', 'centre-governance:errors.unknownCommunes');
    await expectRefusal(officer.createCentre({ name: 'centre de santé (TEST)' }), 'CONFLICT', 'centre-governance:errors.centreNameTaken');
    expect(await officer.centres()).toHaveLength(1);
  });

  it('moves from preparation to open to closed, never back', async () => {
    const { id } = await officer.createCentre({ name: 'Centre éphémère (test)' });
    await officer.setCentreStatus({ id, status: 'open', on: '2026-09-01' });
    await expectRefusal(officer.setCentreStatus({ id, status: 'preparation', on: '2026-09-02' }), 'BAD_REQUEST', 'centre-governance:errors.centreTransition');
    await officer.setCentreStatus({ id, status: 'closed', on: '2026-10-01' });
    expect(await officer.centre({ id })).toMatchObject({ status: 'closed', openedOn: '2026-09-01', closedOn: '2026-10-01' });
  });

  it('keeps sites with opening hours and rooms, shown on the portal without anyone’s data', async () => {
    const { id: siteId } = await officer.saveSite({ site: { centreId, name: 'Site principal', kind: 'main', communeCode: '55545', openingHours: [{ weekday: 1, opens: '08:00', closes: '12:00' }] } });
    await officer.saveSite({ site: { centreId, name: 'Antenne', kind: 'antenna' } });
    await officer.addRoom({ siteId, name: 'Cabinet 1', kind: 'consultation' });
    await expectRefusal(officer.addRoom({ siteId, name: 'cabinet 1', kind: 'care' }), 'CONFLICT', 'centre-governance:errors.roomNameTaken');
    const centre = await officer.centre({ id: centreId });
    expect(centre.sites.map((site) => [site.name, site.communeName, site.rooms.length])).toEqual([
      ['Site principal', 'Verdun', 1],
      ['Antenne', '', 0],
    ]);
    const portal = await (await governanceAs(platform, 'meuse')).publicCentres();
    expect(portal.map((entry) => entry.name)).toEqual(['Centre de santé (test)']);
    expect(portal[0]?.sites[0]?.openingHours).toEqual([{ weekday: 1, opens: '08:00', closes: '12:00' }]);
  });

  it('attaches the projet de santé as a stored file, downloadable by readers', async () => {
    const file = await upload('projet-de-sante.pdf', '%PDF-1.4 projet fictif');
    await officer.attachCentreDocument({ centreId, kind: 'health-project', title: 'Projet de santé 2026', version: 'v1', adoptedOn: '2026-06-30', fileId: file.id });
    const [document] = (await officer.centre({ id: centreId })).documents;
    expect(document).toMatchObject({ kind: 'health-project', fileName: 'projet-de-sante.pdf' });
    const download = await (await governanceAs(platform, 'meuse', 'viewer')).centreDocumentFile({ id: document!.id });
    expect(Buffer.from(bytesOf(download)).toString()).toBe('%PDF-1.4 projet fictif');
    await expectRefusal(officer.attachCentreDocument({ centreId, kind: 'operating-rules', title: 'Règlement', fileId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', 'centre-governance:errors.fileMissing');
    // A stored file that no document or minutes points to is not served through the GIP's files.
    await expect(officer.governanceFile({ fileId: file.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('hosted staff', () => {
  let centreId: string;
  let rooms: string[];

  beforeAll(async () => {
    ({ id: centreId } = await officer.createCentre({ name: 'Centre avec équipe (test)' }));
    const { id: siteId } = await officer.saveSite({ site: { centreId, name: 'Site', kind: 'main' } });
    rooms = [(await officer.addRoom({ siteId, name: 'Cabinet A', kind: 'consultation' })).id, (await officer.addRoom({ siteId, name: 'Cabinet B', kind: 'consultation' })).id];
  });

  it('hosts a docteur junior with the semester and maître de stage, and sums working time of current contracts', async () => {
    const { id } = await officer.createProfessional(juniorInputFor(centreId));
    await officer.addContract({ professionalId: id, kind: 'internship', employer: 'CHU (test)', startsOn: '2026-11-02', endsOn: '2027-04-30', fteHundredths: 100 });
    await officer.addContract({ professionalId: id, kind: 'other', startsOn: '2020-01-01', endsOn: '2020-12-31', fteHundredths: 50 });
    const [junior] = await officer.professionals({ centreId });
    expect(junior).toMatchObject({ status: 'docteur-junior', semesterStart: '2026-11-02', supervisorName: 'Dr Maître (test)', currentFteHundredths: 100 });
    await expect(officer.createProfessional(juniorInputFor(centreId, { supervisorName: '' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses a double booking of a room or of a person, with a clear message, and writes nothing', async () => {
    const [first] = await officer.professionals({ centreId });
    const { id: other } = await officer.createProfessional({ centreId, firstName: 'Jeanne', lastName: 'Retraitée (test)', profession: 'general-practitioner', status: 'retired-doctor' });
    await officer.bookRoom({ roomId: rooms[0]!, professionalId: first!.id, startsAt: '2026-11-23T08:00', endsAt: '2026-11-23T12:00' });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.bookRoom({ roomId: rooms[0]!, professionalId: other, startsAt: '2026-11-23T11:00', endsAt: '2026-11-23T13:00' }), 'CONFLICT', 'centre-governance:errors.roomTaken');
    await expectRefusal(officer.bookRoom({ roomId: rooms[1]!, professionalId: first!.id, startsAt: '2026-11-23T09:00', endsAt: '2026-11-23T10:00' }), 'CONFLICT', 'centre-governance:errors.professionalBusy');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    // Back to back is fine.
    await officer.bookRoom({ roomId: rooms[0]!, professionalId: other, startsAt: '2026-11-23T12:00', endsAt: '2026-11-23T14:00' });
    const week = await officer.week({ centreId, day: '2026-11-26' });
    expect(week.monday).toBe('2026-11-23');
    expect(week.bookings.map((booking) => [booking.day, booking.roomName, booking.lastName])).toEqual([
      ['2026-11-23', 'Cabinet A', 'Interne (test)'],
      ['2026-11-23', 'Cabinet A', 'Retraitée (test)'],
    ]);
  });

  it('anonymises a professional 60 months after their last contract, unless a later one came', async () => {
    const { id: gone } = await officer.createProfessional({ centreId, firstName: 'Ancien', lastName: 'Parti (test)', profession: 'nurse', status: 'other', email: 'parti@example.org' });
    await officer.addContract({ professionalId: gone, kind: 'fixed-term', startsOn: '2018-01-01', endsOn: '2019-06-30', fteHundredths: 50 });
    const { id: back } = await officer.createProfessional({ centreId, firstName: 'Revenu', lastName: 'Retour (test)', profession: 'nurse', status: 'other' });
    await officer.addContract({ professionalId: back, kind: 'fixed-term', startsOn: '2018-01-01', endsOn: '2019-06-30', fteHundredths: 50 });
    await officer.addContract({ professionalId: back, kind: 'permanent', startsOn: '2026-01-01', fteHundredths: 100 });
    expect(await platform.runJobs()).toBeGreaterThan(0);
    const names = (await officer.professionals({ centreId })).map((person) => person.lastName);
    expect(names).toContain('Retour (test)');
    expect(names).not.toContain('Parti (test)');
  });

  it('keeps staff names from partners and viewers', async () => {
    await expect((await governanceAs(platform, 'meuse', 'partner')).professionals({ centreId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await governanceAs(platform, 'meuse', 'viewer')).week({ day: '2026-11-23' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('exports and erases a professional’s personal data on request, keeping the centre’s working time', async () => {
    const admin = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' });
    const exported = await admin.admin.personalData.export({ email: 'sacha.test@example.org' });
    expect(exported.modules['centre-governance']).toMatchObject({ professionals: [{ firstName: 'Sacha', supervisorName: 'Dr Maître (test)' }], contracts: expect.any(Array) });
    await admin.admin.personalData.erase({ email: 'sacha.test@example.org' });
    const names = (await officer.professionals({ centreId })).map((person) => person.lastName);
    expect(names).toContain('Retraitée (test)');
    expect(names).not.toContain('Interne (test)');
    const again = await admin.admin.personalData.export({ email: 'sacha.test@example.org' });
    expect(again.modules['centre-governance'] ?? {}).toEqual({});
  });
});
