import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import {
  APPLICATION_STATUSES,
  canTransition,
  computeAmount,
  computeRepayment,
  monthsServed,
  type ApplicationStatus,
  type SchemeContent,
} from '@ancrage/incentives-domain';
import type { TestPlatform } from '@ancrage/registry/testing';
import { grantContent, installationContent, inTenant, publishScheme, SETTLING, staffAs, startPlatform, STUDENT, today, type IncentivesCaller } from '../applications/applications.int-helpers';
import { seedDemoApplications, type DemoScheme } from './demo-applications';
import { seedDemoSchemes } from './demo-schemes';

let platform: TestPlatform;
let officer: IncentivesCaller;
let schemes: DemoScheme[];

async function seed() {
  const tenantId = await platform.tenantId('meuse');
  await inTenant(platform, 'meuse', (db) => seedDemoApplications(db as never, tenantId, schemes));
}

const count = (table: 'incentivesApplication' | 'incentivesApplicationEvent' | 'incentivesPayment' | 'incentivesCommitteeDecision') =>
  inTenant(platform, 'meuse', async (db) => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n));

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  // A study grant (committee, five years of commitment), an installation aid (automatic, none) and a monthly housing aid.
  schemes = [
    await publishScheme(platform, 'meuse', 'bourse-demo', grantContent({ testCases: [{ label: 'Étudiante en 4e année', profile: STUDENT, expectEligible: true }] })),
    await publishScheme(platform, 'meuse', 'installation-demo', installationContent({ testCases: [{ label: 'Médecin à Verdun', profile: SETTLING, expectEligible: true }] })),
    await publishScheme(platform, 'meuse', 'logement-demo', installationContent({ kind: 'housing', amount: { mode: 'monthly', amountCents: 30_000, months: 6 } })),
  ];
}, 60_000);
afterAll(() => platform?.close());

describe('the demo applications', () => {
  it('put one fictitious application in every status, quickly', async () => {
    const started = performance.now();
    await seed();
    expect(performance.now() - started).toBeLessThan(5_000);
    const rows = await officer.applications({});
    expect(rows.map((row) => row.status).sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const row of rows) {
      expect(row.lastName).toMatch(/\(fictif\)$/);
      expect(row.email).toMatch(/\.fictif@example\.org$/);
    }
  });

  it('tell a consistent story: legal steps in order, amounts, payments, commitment and repayment', async () => {
    const rows = await officer.applications({});
    for (const row of rows) {
      const detail = await officer.application({ id: row.id });
      const content = detail.scheme.content as SchemeContent;
      const workflow = { selection: content.selection, hasCommitment: content.commitment !== null };
      const steps = detail.history.filter((event) => event.fromStatus !== event.toStatus);
      expect(steps[0], row.reference).toMatchObject({ fromStatus: null, toStatus: 'draft' });
      for (const step of steps.slice(1)) {
        const actor = step.toStatus === 'submitted' || step.toStatus === 'withdrawn' ? 'candidate' : 'officer';
        expect(canTransition(step.fromStatus as ApplicationStatus, step.toStatus as ApplicationStatus, actor, workflow), `${row.status}: ${step.fromStatus} → ${step.toStatus}`).toBe(true);
      }
      expect(steps.at(-1)?.toStatus).toBe(row.status);
      const times = detail.history.map((event) => event.at.getTime());
      expect(times, row.status).toEqual([...times].sort((a, b) => a - b));

      const approved = steps.some((step) => step.toStatus === 'approved');
      expect(detail.amountCents, row.status).toBe(approved ? computeAmount(content.amount, detail.profile).totalCents : 0);
      if (detail.agreementSignedOn) {
        expect(detail.payments.reduce((sum, payment) => sum + payment.amountCents, 0), row.status).toBe(detail.amountCents);
        for (const payment of detail.payments.filter((p) => p.status === 'paid')) expect(payment.paidOn! <= today()).toBe(true);
      } else {
        expect(detail.payments, row.status).toEqual([]);
      }
      if (['being-paid', 'commitment-running', 'completed'].includes(row.status)) expect(detail.paidCents, row.status).toBeGreaterThan(0);
      if (row.status === 'completed') expect(detail.scheduledCents).toBe(0);
      if (detail.commitment.brokenOn) {
        expect(detail.payments.some((payment) => payment.status === 'scheduled')).toBe(false);
        const expected = computeRepayment({
          rule: content.commitment!.repayment,
          paidCents: detail.paidCents,
          requiredMonths: content.commitment!.years * 12,
          servedMonths: monthsServed(detail.commitment.startsOn!, detail.commitment.brokenOn),
        });
        expect(detail.commitment.repaymentCents).toBe(expected);
        expect(expected).toBeGreaterThan(0);
      } else {
        expect(detail.payments.some((payment) => payment.status === 'cancelled'), row.status).toBe(false);
      }
    }
  });

  it('hold committee sessions whose decisions match the applications', async () => {
    const sessions = await officer.committeeSessions();
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((session) => session.title.includes('fictive'))).toBe(true);
    const decisions = (await Promise.all(sessions.map((session) => officer.committeeSession({ id: session.id })))).flatMap((session) => session.decisions);
    expect(new Set(decisions.map((decision) => decision.decision))).toEqual(new Set(['approved', 'rejected', 'deferred']));
    for (const decision of decisions) {
      if (decision.decision === 'deferred') expect(decision.status).toBe('committee');
    }
    const waiting = (await officer.applications({ status: 'committee' }))[0]!;
    const upcoming = sessions.find((session) => session.heldOn > today());
    expect((await officer.committeeSession({ id: upcoming!.id })).pending.map((application) => application.id)).toContain(waiting.id);
  });

  it('give a readable agreement for a beneficiary', async () => {
    const [beneficiary] = await officer.applications({ status: 'being-paid' });
    const pdf = await officer.agreementPdf({ id: beneficiary!.id });
    const { text } = await extractText(new Uint8Array(Buffer.from(pdf.base64, 'base64')), { mergePages: true });
    expect(text).toContain(beneficiary!.lastName);
  });

  it('are seeded once', async () => {
    const before = await Promise.all([count('incentivesApplication'), count('incentivesApplicationEvent'), count('incentivesPayment'), count('incentivesCommitteeDecision')]);
    await seed();
    expect(await Promise.all([count('incentivesApplication'), count('incentivesApplicationEvent'), count('incentivesPayment'), count('incentivesCommitteeDecision')])).toEqual(before);
  });
});

describe('the demo applications on the demo schemes', () => {
  it('reach every status with the schemes the demo publishes', async () => {
    const tenantId = await platform.tenantId('landes');
    await inTenant(platform, 'landes', async (db) => {
      const demoSchemes = await seedDemoSchemes(db as never, tenantId, '40');
      await seedDemoApplications(db as never, tenantId, demoSchemes);
    });
    const landes = await staffAs(platform, 'landes', 'officer');
    const rows = await landes.applications({});
    expect(rows.map((row) => row.status).sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const row of rows) expect((await landes.application({ id: row.id })).history.at(-1)?.toStatus).toBe(row.status);
  });
});
