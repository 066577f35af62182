import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  applicationIn,
  candidateAs,
  expectRefusal,
  footprint,
  grantContent,
  monthsAgo,
  publishScheme,
  staffAs,
  startPlatform,
  type IncentivesCaller,
} from './applications.int-helpers';

let platform: TestPlatform;
let meuse: IncentivesCaller;
const GRANT = { slug: 'bourse-isolation', kind: 'grant' as const };

beforeAll(async () => {
  platform = await startPlatform();
  meuse = await staffAs(platform, 'meuse', 'officer');
  await publishScheme(platform, 'meuse', GRANT.slug, grantContent());
  await publishScheme(platform, 'landes', GRANT.slug, grantContent());
}, 60_000);
afterAll(() => platform?.close());

describe('Landes and Meuse applications', () => {
  it('are out of reach of the other département’s staff and portal, even by id', async () => {
    const signed = await applicationIn(platform, GRANT, 'approved', meuse);
    const moved = await meuse.transitionApplication({ id: signed.id, rowVersion: signed.rowVersion, to: 'agreement-signed', on: monthsAgo(1) });
    const { id: changeId } = await signed.candidate.requestChange({ id: signed.id, message: 'Nouveau téléphone.', proposed: { contact: { firstName: 'Camille', lastName: 'Exemple', email: signed.email, phone: '07 00 00 00 00' } } });
    const inCommittee = await applicationIn(platform, GRANT, 'committee', meuse);
    const { id: meuseSession } = await meuse.createCommitteeSession({ heldOn: '2026-10-01', title: 'Commission de la Meuse' });
    const [payment] = (await meuse.application({ id: signed.id })).payments;
    const before = await footprint(platform, 'meuse');

    for (const role of ['admin', 'officer'] as const) {
      const landes = await staffAs(platform, 'landes', role);
      await expectRefusal(landes.application({ id: signed.id }), 'NOT_FOUND', 'errors:notFound');
      await expectRefusal(landes.transitionApplication({ id: signed.id, rowVersion: moved.rowVersion, to: 'being-paid' }), 'NOT_FOUND', 'errors:notFound');
      await expectRefusal(landes.agreementPdf({ id: signed.id }), 'NOT_FOUND', 'errors:notFound');
      await expectRefusal(landes.decideChangeRequest({ id: changeId, accept: true }), 'NOT_FOUND', 'errors:notFound');
      await expectRefusal(landes.recordPayment({ paymentId: payment!.id, paidOn: monthsAgo(0), reference: 'INTRUSION' }), 'NOT_FOUND', 'errors:notFound');
      await expectRefusal(landes.committeeSession({ id: meuseSession }), 'NOT_FOUND', 'errors:notFound');
      const { id: landesSession } = await landes.createCommitteeSession({ heldOn: '2026-10-01', title: `Commission des Landes (${role})` });
      await expectRefusal(landes.recordCommitteeDecision({ sessionId: landesSession, applicationId: inCommittee.id, decision: 'approved' }), 'NOT_FOUND', 'errors:notFound');
      await expectRefusal(landes.recordCommitteeDecision({ sessionId: meuseSession, applicationId: inCommittee.id, decision: 'approved' }), 'NOT_FOUND', 'errors:notFound');
      expect((await landes.applications({})).map((row) => row.id)).not.toContain(signed.id);
      expect(await landes.reminders({})).toEqual([]);
      expect((await landes.committeeSessions()).map((session) => session.id)).not.toContain(meuseSession);
      expect((await landes.committeeSession({ id: landesSession })).pending).toEqual([]);
    }

    // The candidate's account is the same on both portals; their Meuse application is not in Landes.
    const onLandes = await candidateAs(platform, 'landes', signed.email);
    await expectRefusal(onLandes.myApplication({ id: signed.id }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(onLandes.withdrawMyApplication({ id: inCommittee.id, rowVersion: inCommittee.rowVersion }), 'NOT_FOUND', 'errors:notFound');
    expect(await onLandes.myApplications()).toEqual([]);
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('number independently in each département', async () => {
    const first = await applicationIn(platform, GRANT, 'draft', meuse);
    const landesCandidate = await candidateAs(platform, 'landes', first.email);
    const landes = await landesCandidate.startApplication({ slug: GRANT.slug, profile: { status: 'student', profession: 'medecin', yearOfStudy: 3 }, contact: { firstName: 'Camille', lastName: 'Exemple', email: first.email } });
    expect(landes.reference).toMatch(/^AID-\d{4}-0001$/);
  });
});
