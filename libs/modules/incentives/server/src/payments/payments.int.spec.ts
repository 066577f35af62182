import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@ancrage/incentives-domain';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  applicationIn,
  expectRefusal,
  footprint,
  grantContent,
  installationContent,
  monthsAgo,
  publishScheme,
  staffAs,
  startPlatform,
  today,
  type IncentivesCaller,
} from '../applications/applications.int-helpers';

let platform: TestPlatform;
let officer: IncentivesCaller;
const INSTALLATION = { slug: 'installation-versements', kind: 'installation' as const };

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  await publishScheme(platform, 'meuse', INSTALLATION.slug, installationContent({ amount: { mode: 'monthly', amountCents: 100_000, months: 3 } }));
  for (const repayment of ['pro-rata', 'full', 'none'] as const) {
    await publishScheme(platform, 'meuse', `bourse-${repayment}`, grantContent({ commitment: { years: 5, area: null, mode: 'any', repayment } }));
  }
}, 60_000);
afterAll(() => platform?.close());

/** A grant signed 30 months ago (3 000 € due 30, 18 and 6 months ago), its first two payments made, its commitment started 24 months ago. */
async function runningGrant(repayment: 'pro-rata' | 'full' | 'none') {
  const approved = await applicationIn(platform, { slug: `bourse-${repayment}`, kind: 'grant' }, 'approved', officer);
  let rowVersion = (await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: monthsAgo(30) })).rowVersion;
  const payments = (await officer.application({ id: approved.id })).payments;
  for (const payment of payments.slice(0, 2)) rowVersion = (await officer.recordPayment({ paymentId: payment.id, paidOn: addMonths(payment.dueOn, 1), reference: `MANDAT-${payment.seq}` })).applicationRowVersion;
  rowVersion = (await officer.transitionApplication({ id: approved.id, rowVersion, to: 'commitment-running', on: monthsAgo(24) })).rowVersion;
  return { id: approved.id, rowVersion, payments };
}

describe('recording payments', () => {
  it('pays the schedule: the first payment starts "being paid", the last lets the officer complete', async () => {
    const approved = await applicationIn(platform, INSTALLATION, 'approved', officer);
    const signedOn = monthsAgo(4);
    await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: signedOn });
    const [first, second, third] = (await officer.application({ id: approved.id })).payments;

    const paid = await officer.recordPayment({ paymentId: first!.id, paidOn: signedOn, reference: 'MANDAT-2026-001' });
    expect(paid).toMatchObject({ status: 'paid', applicationStatus: 'being-paid', allPaid: false });
    let detail = await officer.application({ id: approved.id });
    expect(detail.history.at(-1)).toMatchObject({ fromStatus: 'agreement-signed', toStatus: 'being-paid' });
    expect(detail.payments[0]).toMatchObject({ status: 'paid', paidOn: signedOn, reference: 'MANDAT-2026-001', amountCents: 100_000 });
    await expectRefusal(officer.transitionApplication({ id: approved.id, rowVersion: paid.applicationRowVersion, to: 'completed' }), 'BAD_REQUEST', 'incentives:errors.applicationPaymentsOutstanding');

    await officer.recordPayment({ paymentId: second!.id, paidOn: second!.dueOn, reference: 'MANDAT-2026-002' });
    const last = await officer.recordPayment({ paymentId: third!.id, paidOn: third!.dueOn, reference: 'MANDAT-2026-003' });
    expect(last).toMatchObject({ applicationStatus: 'being-paid', allPaid: true });
    detail = await officer.application({ id: approved.id });
    expect(detail).toMatchObject({ paidCents: 300_000, scheduledCents: 0, amountCents: 300_000 });
    expect(await officer.transitionApplication({ id: approved.id, rowVersion: last.applicationRowVersion, to: 'completed' })).toMatchObject({ status: 'completed' });
  });

  it('refuses a payment made twice, in the future, before the agreement, or by someone without the permission', async () => {
    const approved = await applicationIn(platform, INSTALLATION, 'approved', officer);
    await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: monthsAgo(1) });
    const [first, second] = (await officer.application({ id: approved.id })).payments;
    await officer.recordPayment({ paymentId: first!.id, paidOn: today(), reference: 'MANDAT-A' });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.recordPayment({ paymentId: first!.id, paidOn: today(), reference: 'MANDAT-B' }), 'CONFLICT', 'incentives:errors.applicationPaymentPaid');
    await expectRefusal(officer.recordPayment({ paymentId: second!.id, paidOn: addMonths(today(), 1), reference: 'MANDAT-C' }), 'BAD_REQUEST', 'incentives:errors.applicationDateFuture');
    await expectRefusal(officer.recordPayment({ paymentId: second!.id, paidOn: monthsAgo(2), reference: 'MANDAT-D' }), 'BAD_REQUEST', 'incentives:errors.applicationPaidBeforeAgreement');
    await expectRefusal(officer.recordPayment({ paymentId: crypto.randomUUID(), paidOn: today(), reference: 'MANDAT-E' }), 'NOT_FOUND', 'errors:notFound');
    for (const role of ['partner', 'viewer'] as const) {
      await expectRefusal((await staffAs(platform, 'meuse', role)).recordPayment({ paymentId: second!.id, paidOn: today(), reference: 'MANDAT-F' }), 'FORBIDDEN', 'errors:forbidden');
    }
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('has nothing to pay before the agreement', async () => {
    const approved = await applicationIn(platform, INSTALLATION, 'approved', officer);
    expect((await officer.application({ id: approved.id })).payments).toEqual([]);
  });
});

describe('a broken commitment', () => {
  it('cancels what remains to pay and asks back the pro-rata of the months not served', async () => {
    const grant = await runningGrant('pro-rata');
    const broken = await officer.transitionApplication({ id: grant.id, rowVersion: grant.rowVersion, to: 'commitment-broken', on: today() });
    const detail = await officer.application({ id: grant.id });
    // 6 000 € paid; 24 of 60 months served: 36/60 of 6 000 € = 3 600 €.
    expect(detail.commitment).toMatchObject({ startsOn: monthsAgo(24), endsOn: addMonths(monthsAgo(24), 60), brokenOn: today(), repaymentCents: 360_000 });
    expect(detail.payments.map((payment) => payment.status)).toEqual(['paid', 'paid', 'cancelled']);
    expect(detail.paidCents).toBe(600_000);
    expect(detail.reminders.filter((reminder) => reminder.sentAt === null)).toEqual([]);

    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.recordPayment({ paymentId: grant.payments[2]!.id, paidOn: today(), reference: 'MANDAT-X' }), 'BAD_REQUEST', 'incentives:errors.applicationPaymentCancelled');
    expect(await footprint(platform, 'meuse')).toEqual(before);

    const inRepayment = await officer.transitionApplication({ id: grant.id, rowVersion: broken.rowVersion, to: 'repayment' });
    await expectRefusal(officer.transitionApplication({ id: grant.id, rowVersion: inRepayment.rowVersion, to: 'repaid', on: monthsAgo(1) }), 'BAD_REQUEST', 'incentives:errors.applicationDateOrder');
    await officer.transitionApplication({ id: grant.id, rowVersion: inRepayment.rowVersion, to: 'repaid', on: today() });
    const repaid = await officer.application({ id: grant.id });
    expect(repaid).toMatchObject({ status: 'repaid', commitment: { repaidOn: today(), repaymentCents: 360_000 } });
    expect(repaid.history.map((event) => event.toStatus).slice(-5)).toEqual(['being-paid', 'commitment-running', 'commitment-broken', 'repayment', 'repaid']);
  });

  it('asks back everything paid, or nothing, as the scheme says', async () => {
    const full = await runningGrant('full');
    await officer.transitionApplication({ id: full.id, rowVersion: full.rowVersion, to: 'commitment-broken', on: monthsAgo(12) });
    expect((await officer.application({ id: full.id })).commitment.repaymentCents).toBe(600_000);
    const none = await runningGrant('none');
    await officer.transitionApplication({ id: none.id, rowVersion: none.rowVersion, to: 'commitment-broken' });
    expect((await officer.application({ id: none.id })).commitment.repaymentCents).toBe(0);
  });

  it('cannot be broken before it started', async () => {
    const grant = await runningGrant('pro-rata');
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.transitionApplication({ id: grant.id, rowVersion: grant.rowVersion, to: 'commitment-broken', on: monthsAgo(25) }), 'BAD_REQUEST', 'incentives:errors.applicationDateOrder');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });
});
