import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, allowedTransitions, APPLICATION_STATUSES, type ApplicationStatus } from '@ancrage/incentives-domain';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  applicationIn,
  expectInvalidInput,
  expectRefusal,
  footprint,
  grantContent,
  inTenant,
  installationContent,
  monthsAgo,
  publishScheme,
  refusalText,
  staffAs,
  startPlatform,
  today,
  type IncentivesCaller,
} from './applications.int-helpers';

let platform: TestPlatform;
let officer: IncentivesCaller;
let admin: IncentivesCaller;

const SCHEMES = {
  grant: { slug: 'bourse-test', kind: 'grant' as const, workflow: { selection: 'committee' as const, hasCommitment: true } },
  installation: { slug: 'installation-test', kind: 'installation' as const, workflow: { selection: 'automatic' as const, hasCommitment: false } },
};

/** Statuses an officer's application can be found in, for each scheme. */
const REACHABLE: Record<keyof typeof SCHEMES, ApplicationStatus[]> = {
  grant: ['submitted', 'under-review', 'committee', 'approved', 'rejected', 'withdrawn', 'agreement-signed', 'being-paid', 'commitment-running', 'completed', 'commitment-broken', 'repayment', 'repaid'],
  installation: ['submitted', 'under-review', 'approved', 'rejected', 'withdrawn', 'agreement-signed', 'being-paid', 'completed'],
};

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  admin = await staffAs(platform, 'meuse', 'admin');
  await publishScheme(platform, 'meuse', SCHEMES.grant.slug, grantContent());
  await publishScheme(platform, 'meuse', SCHEMES.installation.slug, installationContent());
}, 60_000);
afterAll(() => platform?.close());

describe.each(Object.entries(SCHEMES))('the workflow of the %s', (name, scheme) => {
  for (const from of REACHABLE[name as keyof typeof SCHEMES]) {
    const legal = allowedTransitions(from, 'officer', scheme.workflow);

    it(`refuses every illegal move from ${from}, changing nothing`, async () => {
      const application = await applicationIn(platform, scheme, from, officer);
      expect((await officer.application({ id: application.id })).status).toBe(from);
      const before = await footprint(platform, 'meuse');
      for (const to of APPLICATION_STATUSES.filter((status) => !legal.includes(status))) {
        const error = await expectRefusal(officer.transitionApplication({ id: application.id, rowVersion: application.rowVersion, to }), 'BAD_REQUEST', 'incentives:errors.applicationTransition');
        expect(refusalText(error)).not.toContain('$t(');
      }
      expect(await footprint(platform, 'meuse')).toEqual(before);
    });

    for (const to of legal) {
      it(`moves ${from} → ${to}, with its history`, async () => {
        const application = await applicationIn(platform, scheme, from, officer);
        const on = to === 'agreement-signed' ? monthsAgo(72) : to === 'commitment-running' ? monthsAgo(61) : undefined;
        const moved = await officer.transitionApplication({ id: application.id, rowVersion: application.rowVersion, to, ...(on ? { on } : {}) });
        expect(moved).toMatchObject({ status: to, rowVersion: application.rowVersion + 1 });
        const detail = await officer.application({ id: application.id });
        expect(detail.status).toBe(to);
        expect(detail.history.at(-1)).toMatchObject({ fromStatus: from, toStatus: to });
        expect(detail.allowedTransitions).toEqual(allowedTransitions(to, 'officer', scheme.workflow));
      });
    }
  }
});

describe('the candidate’s moves', () => {
  it('lets the candidate submit and withdraw before a decision, and nothing else', async () => {
    for (const from of ['submitted', 'under-review', 'committee'] as const) {
      const application = await applicationIn(platform, SCHEMES.grant, from, officer);
      expect(await application.candidate.withdrawMyApplication({ id: application.id, rowVersion: application.rowVersion })).toMatchObject({ status: 'withdrawn' });
    }
    const approved = await applicationIn(platform, SCHEMES.grant, 'approved', officer);
    const before = await footprint(platform, 'meuse');
    await expectRefusal(approved.candidate.withdrawMyApplication({ id: approved.id, rowVersion: approved.rowVersion }), 'BAD_REQUEST', 'incentives:errors.applicationTransition');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });
});

describe('two officers on the same application', () => {
  it('gives the second one a conflict instead of overwriting the first', async () => {
    const application = await applicationIn(platform, SCHEMES.grant, 'submitted', officer);
    await officer.transitionApplication({ id: application.id, rowVersion: application.rowVersion, to: 'under-review' });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(admin.transitionApplication({ id: application.id, rowVersion: application.rowVersion, to: 'rejected' }), 'CONFLICT', 'incentives:errors.staleVersion');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    expect((await officer.application({ id: application.id })).status).toBe('under-review');
  });

  it('lets exactly one of two simultaneous moves through', async () => {
    const application = await applicationIn(platform, SCHEMES.grant, 'under-review', officer);
    const settled = await Promise.allSettled([
      officer.transitionApplication({ id: application.id, rowVersion: application.rowVersion, to: 'committee' }),
      admin.transitionApplication({ id: application.id, rowVersion: application.rowVersion, to: 'rejected' }),
    ]);
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect((settled.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT', message: 'incentives:errors.staleVersion' });
    const detail = await officer.application({ id: application.id });
    expect(detail.history.filter((event) => event.fromStatus === 'under-review')).toHaveLength(1);
  });
});

describe('approval', () => {
  it('fixes the amount from the frozen scheme and the profile, for the year of the decision', async () => {
    const approved = await applicationIn(platform, SCHEMES.grant, 'approved', officer);
    const detail = await officer.application({ id: approved.id });
    expect(detail).toMatchObject({ amountCents: 900_000, budgetYear: Number(today().slice(0, 4)), budgetOverride: false, committed: true });
    expect(detail.verdict.eligible).toBe(true);
    expect(detail.verdict.amount?.totalCents).toBe(900_000);
  });

  it('schedules the payments at the agreement and plans their reminders', async () => {
    const approved = await applicationIn(platform, SCHEMES.grant, 'approved', officer);
    const signedOn = monthsAgo(6);
    await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: signedOn });
    const detail = await officer.application({ id: approved.id });
    expect(detail.agreementSignedOn).toBe(signedOn);
    expect(detail.payments.map((payment) => [payment.seq, payment.dueOn, payment.amountCents, payment.status])).toEqual([
      [1, signedOn, 300_000, 'scheduled'],
      [2, addMonths(signedOn, 12), 300_000, 'scheduled'],
      [3, addMonths(signedOn, 24), 300_000, 'scheduled'],
    ]);
    // The overdue first payment is reminded today; the others a week before they fall due.
    expect(detail.reminders.map((reminder) => [reminder.kind, reminder.dueOn])).toContainEqual(['payment-due', today()]);
    expect(detail.reminders).toHaveLength(3);
  });

  it('refuses a date in the future', async () => {
    const approved = await applicationIn(platform, SCHEMES.installation, 'approved', officer);
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: monthsAgo(-1) }), 'BAD_REQUEST', 'incentives:errors.applicationDateFuture');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('closes a file only once everything is paid and the commitment is over', async () => {
    const paying = await applicationIn(platform, SCHEMES.installation, 'agreement-signed', officer);
    await expectRefusal(officer.transitionApplication({ id: paying.id, rowVersion: paying.rowVersion, to: 'completed' }), 'BAD_REQUEST', 'incentives:errors.applicationTransition');
    const running = await applicationIn(platform, SCHEMES.grant, 'approved', officer);
    let rowVersion = (await officer.transitionApplication({ id: running.id, rowVersion: running.rowVersion, to: 'agreement-signed', on: monthsAgo(30) })).rowVersion;
    rowVersion = (await officer.transitionApplication({ id: running.id, rowVersion, to: 'commitment-running', on: monthsAgo(24) })).rowVersion;
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.transitionApplication({ id: running.id, rowVersion, to: 'completed' }), 'BAD_REQUEST', 'incentives:errors.applicationPaymentsOutstanding');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    const detail = await officer.application({ id: running.id });
    for (const payment of detail.payments.filter((p) => p.dueOn <= today())) await officer.recordPayment({ paymentId: payment.id, paidOn: payment.dueOn, reference: `VIR-${payment.seq}` });
    const future = (await officer.application({ id: running.id })).payments.filter((p) => p.status === 'scheduled');
    expect(future).toHaveLength(0);
    const error = await expectRefusal(officer.transitionApplication({ id: running.id, rowVersion, to: 'completed' }), 'BAD_REQUEST', 'incentives:errors.applicationCommitmentNotOver');
    expect(refusalText(error)).toMatch(/L'engagement court jusqu'au \d{1,2} \S+ \d{4}/);
  });
});

describe('what the officer reads', () => {
  it('lists and searches applications by name and reference', async () => {
    const application = await applicationIn(platform, SCHEMES.installation, 'submitted', officer);
    const detail = await officer.application({ id: application.id });
    const byName = await officer.applications({ search: detail.contact.lastName });
    expect(byName.map((row) => row.id)).toEqual([application.id]);
    const byReference = await officer.applications({ search: detail.reference.toLowerCase() });
    expect(byReference.map((row) => row.id)).toEqual([application.id]);
    const submitted = await officer.applications({ status: 'submitted', schemeId: detail.scheme.id });
    expect(submitted.every((row) => row.status === 'submitted' && row.schemeSlug === SCHEMES.installation.slug)).toBe(true);
    expect(submitted.find((row) => row.id === application.id)).toMatchObject({ schemeName: { fr: 'Aide à l’installation (test)' }, kind: 'installation-aid', pendingChangeRequests: 0 });
  });

  it('keeps partners and viewers out of applications', async () => {
    const application = await applicationIn(platform, SCHEMES.installation, 'submitted', officer);
    for (const role of ['partner', 'viewer'] as const) {
      const staff = await staffAs(platform, 'meuse', role);
      await expectRefusal(staff.application({ id: application.id }), 'FORBIDDEN', 'errors:forbidden');
      await expectRefusal(staff.transitionApplication({ id: application.id, rowVersion: application.rowVersion, to: 'under-review' }), 'FORBIDDEN', 'errors:forbidden');
    }
  });

  it('refuses invalid input with translated field errors, writing nothing', async () => {
    const application = await applicationIn(platform, SCHEMES.installation, 'submitted', officer);
    const before = await footprint(platform, 'meuse');
    await expectInvalidInput(officer.transitionApplication({ id: application.id, rowVersion: 0, to: 'nonsense' as ApplicationStatus, on: '2026-02-31' }), ['rowVersion', 'to', 'on']);
    expect(await footprint(platform, 'meuse')).toEqual(before);
    const rows = await inTenant(platform, 'meuse', (db) => db.selectFrom('incentivesApplication').select('status').where('id', '=', application.id).executeTakeFirstOrThrow());
    expect(rows.status).toBe('submitted');
  });
});
