import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  applicationIn,
  expectInvalidInput,
  expectRefusal,
  footprint,
  grantContent,
  publishScheme,
  staffAs,
  startPlatform,
  type IncentivesCaller,
} from '../applications/applications.int-helpers';

let platform: TestPlatform;
let officer: IncentivesCaller;
let admin: IncentivesCaller;
const GRANT = { slug: 'bourse-commission', kind: 'grant' as const };
const SMALL = { slug: 'bourse-enveloppe-courte', kind: 'grant' as const };

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  admin = await staffAs(platform, 'meuse', 'admin');
  await publishScheme(platform, 'meuse', GRANT.slug, grantContent());
  // Room for one grant of 9 000 € a year.
  await publishScheme(platform, 'meuse', SMALL.slug, grantContent({ yearlyEnvelopeCents: 1_000_000 }));
}, 60_000);
afterAll(() => platform?.close());

describe('committee sessions', () => {
  it('decide on the applications before them: approved and rejected move them, deferred keeps them for later', async () => {
    const [approve, reject, defer] = [
      await applicationIn(platform, GRANT, 'committee', officer),
      await applicationIn(platform, GRANT, 'committee', officer),
      await applicationIn(platform, GRANT, 'committee', officer),
    ];
    const { id: sessionId } = await officer.createCommitteeSession({ heldOn: '2026-10-15', title: 'Commission d’attribution d’octobre' });
    const session = await officer.committeeSession({ id: sessionId });
    expect(session).toMatchObject({ title: 'Commission d’attribution d’octobre', heldOn: '2026-10-15', decisions: [] });
    expect(session.pending.map((application) => application.id)).toEqual(expect.arrayContaining([approve.id, reject.id, defer.id]));
    expect(session.pending.find((application) => application.id === approve.id)).toMatchObject({ amountCents: 900_000, schemeName: { fr: 'Bourse d’études médicales (test)' } });

    expect(await officer.recordCommitteeDecision({ sessionId, applicationId: approve.id, decision: 'approved', comment: 'Dossier solide.' })).toMatchObject({ status: 'approved', rowVersion: approve.rowVersion + 1 });
    expect(await officer.recordCommitteeDecision({ sessionId, applicationId: reject.id, decision: 'rejected', comment: 'Hors critères.' })).toMatchObject({ status: 'rejected' });
    expect(await officer.recordCommitteeDecision({ sessionId, applicationId: defer.id, decision: 'deferred', comment: 'Pièce à compléter.' })).toMatchObject({ status: 'committee', rowVersion: defer.rowVersion + 1 });

    const approved = await officer.application({ id: approve.id });
    expect(approved).toMatchObject({ status: 'approved', amountCents: 900_000 });
    expect(approved.committeeDecisions).toEqual([expect.objectContaining({ sessionId, decision: 'approved', comment: 'Dossier solide.', heldOn: '2026-10-15' })]);
    expect(approved.history.at(-1)).toMatchObject({ fromStatus: 'committee', toStatus: 'approved', comment: 'Dossier solide.' });
    const deferred = await officer.application({ id: defer.id });
    expect(deferred.history.at(-1)).toMatchObject({ fromStatus: 'committee', toStatus: 'committee', comment: 'Pièce à compléter.' });

    const after = await officer.committeeSession({ id: sessionId });
    expect(after.decisions.map((decision) => [decision.applicationId, decision.decision])).toEqual(
      expect.arrayContaining([
        [approve.id, 'approved'],
        [reject.id, 'rejected'],
        [defer.id, 'deferred'],
      ]),
    );
    expect(after.pending.map((application) => application.id)).not.toContain(defer.id);
    expect((await officer.committeeSessions()).find((row) => row.id === sessionId)?.decisions).toEqual({ approved: 1, rejected: 1, deferred: 1 });

    // Once per session; the next session decides.
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.recordCommitteeDecision({ sessionId, applicationId: defer.id, decision: 'approved' }), 'CONFLICT', 'incentives:errors.applicationAlreadyDecided');
    await expectRefusal(officer.recordCommitteeDecision({ sessionId, applicationId: approve.id, decision: 'rejected' }), 'BAD_REQUEST', 'incentives:errors.applicationNotInCommittee');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    const { id: next } = await officer.createCommitteeSession({ heldOn: '2026-11-15', title: 'Commission de novembre' });
    expect((await officer.committeeSession({ id: next })).pending.map((application) => application.id)).toContain(defer.id);
    expect(await officer.recordCommitteeDecision({ sessionId: next, applicationId: defer.id, decision: 'approved' })).toMatchObject({ status: 'approved' });
  });

  it('check the budget like any approval, and let only an admin override it', async () => {
    const { id: sessionId } = await officer.createCommitteeSession({ heldOn: '2026-10-20', title: 'Commission budgétaire' });
    const first = await applicationIn(platform, SMALL, 'committee', officer);
    const second = await applicationIn(platform, SMALL, 'committee', officer);
    await officer.recordCommitteeDecision({ sessionId, applicationId: first.id, decision: 'approved' });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.recordCommitteeDecision({ sessionId, applicationId: second.id, decision: 'approved' }), 'BAD_REQUEST', 'incentives:errors.applicationBudgetExceeded');
    await expectRefusal(officer.recordCommitteeDecision({ sessionId, applicationId: second.id, decision: 'approved', budgetOverride: true }), 'FORBIDDEN', 'incentives:errors.applicationOverrideForbidden');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    expect(await admin.recordCommitteeDecision({ sessionId, applicationId: second.id, decision: 'approved', budgetOverride: true })).toMatchObject({ status: 'approved' });
    expect((await officer.application({ id: second.id })).budgetOverride).toBe(true);
  });

  it('refuses a session without a proper title or date, and unknown sessions', async () => {
    const before = await footprint(platform, 'meuse');
    await expectInvalidInput(officer.createCommitteeSession({ heldOn: '15/10/2026', title: 'ab' }), ['heldOn', 'title']);
    await expectRefusal(officer.committeeSession({ id: crypto.randomUUID() }), 'NOT_FOUND', 'errors:notFound');
    const application = await applicationIn(platform, GRANT, 'committee', officer);
    const mid = await footprint(platform, 'meuse');
    await expectRefusal(officer.recordCommitteeDecision({ sessionId: crypto.randomUUID(), applicationId: application.id, decision: 'approved' }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal((await staffAs(platform, 'meuse', 'viewer')).createCommitteeSession({ heldOn: '2026-10-15', title: 'Commission' }), 'FORBIDDEN', 'errors:forbidden');
    expect(await footprint(platform, 'meuse')).toEqual(mid);
    expect(before.incentivesCommitteeSession).toBe(mid.incentivesCommitteeSession);
  });
});
