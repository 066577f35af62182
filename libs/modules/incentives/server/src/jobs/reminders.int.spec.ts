import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { withTenant, type PlatformDatabase } from '@ancrage/db';
import { addDays } from '@ancrage/i18n';
import { addMonths, incentivesModule } from '@ancrage/incentives-domain';
import type { ModuleJobContext } from '@ancrage/module-sdk';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  applicationIn,
  CONTACT_EMAIL,
  grantContent,
  inTenant,
  monthsAgo,
  publishScheme,
  staffAs,
  startPlatform,
  today,
  type IncentivesCaller,
} from '../applications/applications.int-helpers';
import { incentivesServer } from '../incentives.server';
import { incentivesJobs } from './index';

let platform: TestPlatform;
let officer: IncentivesCaller;
const GRANT = { slug: 'bourse-rappels', kind: 'grant' as const };

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  await publishScheme(platform, 'meuse', GRANT.slug, grantContent());
}, 60_000);
afterAll(() => platform?.close());

/** A grant signed today (first payment due today) whose commitment started a year ago (first proof of practice due today). */
async function grantUnderCommitment() {
  const approved = await applicationIn(platform, GRANT, 'approved', officer);
  const signed = await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: today() });
  await officer.transitionApplication({ id: approved.id, rowVersion: signed.rowVersion, to: 'commitment-running', on: monthsAgo(12) });
  return officer.application({ id: approved.id });
}

const emailsTo = (address: string) =>
  inTenant(platform, 'meuse', (db) => (db as unknown as Kysely<PlatformDatabase>).selectFrom('platformEmail').selectAll().where('toAddress', '=', address).orderBy('createdAt').execute());

/** The job as the platform runs it for a tenant: its settings, its tenant-scoped transactions. */
async function jobFor(tenant: string): Promise<ModuleJobContext> {
  const tenantId = await platform.tenantId(tenant);
  const row = await platform.database.db.selectFrom('platformTenantModule').select('settings').where('tenantId', '=', tenantId).where('moduleId', '=', incentivesModule.id).executeTakeFirstOrThrow();
  const departementCode = tenant === 'meuse' ? '55' : '40';
  return {
    tenant: { id: tenantId, slug: tenant, departementCode },
    settings: incentivesModule.tenantSettings.schema.parse(row.settings),
    payload: {},
    attempts: 1,
    isLastAttempt: false,
    inTenant: (work) => withTenant(platform.database.db, tenantId, work),
    openFile: async () => undefined,
  };
}

describe('follow-up reminders', () => {
  it('are planned with the commitment and the schedule', async () => {
    const detail = await grantUnderCommitment();
    const start = monthsAgo(12);
    expect(detail.reminders.filter((reminder) => reminder.kind === 'commitment-check').map((reminder) => reminder.dueOn)).toEqual([12, 24, 36, 48].map((months) => addMonths(start, months)));
    // The first payment is due today; the others are reminded a week before they fall due.
    expect(detail.reminders.filter((reminder) => reminder.kind === 'payment-due').map((reminder) => reminder.dueOn)).toEqual([today(), addDays(addMonths(today(), 12), -7), addDays(addMonths(today(), 24), -7)]);
    expect(detail.reminders.every((reminder) => reminder.sentAt === null)).toBe(true);
  });

  it('send the due ones into the outbox, in the tenant’s language, naming the scheme, once', async () => {
    const detail = await grantUnderCommitment();
    await incentivesJobs.reminders(await jobFor('meuse'));

    const [check] = await emailsTo(detail.contact.email);
    expect(check).toMatchObject({ subject: `Votre engagement — Bourse d’études médicales (test) (${detail.reference})`, status: 'pending' });
    expect(check!.textBody).toContain(`Bonjour ${detail.contact.firstName} ${detail.contact.lastName}`);
    expect(check!.textBody).toContain(`vous vous êtes engagé(e) à exercer jusqu'au`);
    expect(check!.textBody).toContain(CONTACT_EMAIL);
    const due = (await emailsTo(CONTACT_EMAIL)).filter((email) => email.subject.includes(detail.reference));
    expect(due).toHaveLength(1);
    expect(due[0]!.textBody.replace(/[\u00a0\u202f]/g, ' ')).toContain('versement n° 1 de 3 000,00 €');

    const after = await officer.application({ id: detail.id });
    const sent = after.reminders.filter((reminder) => reminder.sentAt !== null);
    expect(sent.map((reminder) => [reminder.kind, reminder.dueOn]).sort()).toEqual([
      ['commitment-check', today()],
      ['payment-due', today()],
    ]);
    expect(sent.map((reminder) => reminder.emailId).sort()).toEqual([check!.id, due[0]!.id].sort());
    expect((await officer.reminders({ pending: false })).filter((reminder) => reminder.applicationId === detail.id)).toHaveLength(2);

    // A second run finds nothing more to send.
    await incentivesJobs.reminders(await jobFor('meuse'));
    expect(await emailsTo(detail.contact.email)).toHaveLength(1);
  });

  it('drop a payment reminder once the payment is made', async () => {
    const detail = await grantUnderCommitment();
    await officer.recordPayment({ paymentId: detail.payments[0]!.id, paidOn: today(), reference: 'MANDAT-R' });
    const before = (await emailsTo(CONTACT_EMAIL)).length;
    await incentivesJobs.reminders(await jobFor('meuse'));
    expect((await emailsTo(CONTACT_EMAIL)).filter((email) => email.subject.includes(detail.reference))).toHaveLength(0);
    expect((await emailsTo(CONTACT_EMAIL)).length).toBe(before);
    const after = await officer.application({ id: detail.id });
    expect(after.reminders.filter((reminder) => reminder.kind === 'payment-due' && reminder.dueOn === today())).toEqual([]);
  });

  it('run as the module’s job, delivered to the outbox by the platform’s queue', async () => {
    expect(incentivesServer.jobs?.['reminders']).toBe(incentivesJobs.reminders);
    const detail = await grantUnderCommitment();
    expect(await platform.runJobs()).toBeGreaterThan(0);
    const [check] = await emailsTo(detail.contact.email);
    expect(check).toMatchObject({ status: 'kept' });
    const pending = await officer.reminders({ pending: true });
    expect(pending.filter((reminder) => reminder.applicationId === detail.id && reminder.overdue)).toEqual([]);
  });
});
