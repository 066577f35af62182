import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { extractText } from 'unpdf';
import type { PlatformDatabase } from '@ancrage/db';
import { addMonths } from '@ancrage/incentives-domain';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  applicationIn,
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
const year = () => Number(today().slice(0, 4));
/** Text as the PDF reader returns it, with French non-breaking spaces read as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  admin = await staffAs(platform, 'meuse', 'admin');
}, 60_000);
afterAll(() => platform?.close());

describe('the budget of a scheme', () => {
  it('refuses an approval beyond the envelope, lets an admin override it, and records that', async () => {
    const scheme = { slug: 'installation-enveloppe', kind: 'installation' as const };
    const { schemeId } = await publishScheme(platform, 'meuse', scheme.slug, installationContent({ yearlyEnvelopeCents: 1_500_000 }));
    await applicationIn(platform, scheme, 'approved', officer);
    // Refused and withdrawn applications commit nothing.
    await applicationIn(platform, scheme, 'rejected', officer);
    const second = await applicationIn(platform, scheme, 'under-review', officer);
    const move = { id: second.id, rowVersion: second.rowVersion, to: 'approved' as const };

    const before = await footprint(platform, 'meuse');
    const refused = await expectRefusal(officer.transitionApplication(move), 'BAD_REQUEST', 'incentives:errors.applicationBudgetExceeded');
    expect(plain(refusalText(refused))).toContain('dépassée de 5 000,00 €');
    await expectRefusal(officer.transitionApplication({ ...move, budgetOverride: true }), 'FORBIDDEN', 'incentives:errors.applicationOverrideForbidden');
    await expectRefusal(admin.transitionApplication(move), 'BAD_REQUEST', 'incentives:errors.applicationBudgetExceeded');
    expect(await footprint(platform, 'meuse')).toEqual(before);

    expect(await admin.transitionApplication({ ...move, budgetOverride: true, comment: 'Priorité du schéma départemental.' })).toMatchObject({ status: 'approved', budgetOverride: true, amountCents: 1_000_000 });
    const audit = await inTenant(platform, 'meuse', (db) =>
      (db as unknown as Kysely<PlatformDatabase>)
        .selectFrom('platformAudit')
        .select(['action', 'after', 'userId'])
        .where('entityId', '=', second.id)
        .where('action', '=', 'incentives.transitionApplication')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow(),
    );
    expect(audit.after).toMatchObject({ status: 'approved', budgetOverride: { reason: 'envelope', overByCents: 500_000 }, budget: { year: year(), envelopeCents: 1_500_000, committedCents: 1_000_000 } });

    // The year's own envelope, set by the admin, replaces the scheme's.
    const tenantId = await platform.tenantId('meuse');
    await inTenant(platform, 'meuse', (db) => db.insertInto('incentivesEnvelope').values({ tenantId, schemeId, year: year(), envelopeCents: 4_000_000 }).execute());
    const third = await applicationIn(platform, scheme, 'under-review', officer);
    expect(await officer.transitionApplication({ id: third.id, rowVersion: third.rowVersion, to: 'approved' })).toMatchObject({ status: 'approved', budgetOverride: false });
  });

  it('refuses beyond the maximum number of beneficiaries of the year', async () => {
    const scheme = { slug: 'installation-plafond', kind: 'installation' as const };
    await publishScheme(platform, 'meuse', scheme.slug, installationContent({ maxBeneficiariesPerYear: 1 }));
    await applicationIn(platform, scheme, 'approved', officer);
    const second = await applicationIn(platform, scheme, 'under-review', officer);
    const refused = await expectRefusal(officer.transitionApplication({ id: second.id, rowVersion: second.rowVersion, to: 'approved' }), 'BAD_REQUEST', 'incentives:errors.applicationBeneficiariesExceeded');
    expect(refusalText(refused)).toContain('(1)');
  });

  it('approves only one of two simultaneous approvals that the envelope cannot both hold', async () => {
    const scheme = { slug: 'installation-course', kind: 'installation' as const };
    await publishScheme(platform, 'meuse', scheme.slug, installationContent({ yearlyEnvelopeCents: 1_000_000 }));
    const [a, b] = [await applicationIn(platform, scheme, 'under-review', officer), await applicationIn(platform, scheme, 'under-review', officer)];
    const settled = await Promise.allSettled([
      officer.transitionApplication({ id: a.id, rowVersion: a.rowVersion, to: 'approved' }),
      admin.transitionApplication({ id: b.id, rowVersion: b.rowVersion, to: 'approved' }),
    ]);
    expect(settled.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect((settled.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ message: 'incentives:errors.applicationBudgetExceeded' });
  });
});

describe('approved amounts and schedules', () => {
  it('pays a by-year-of-study grant from the current year, capped by its ceiling', async () => {
    const scheme = { slug: 'bourse-par-annee', kind: 'grant' as const };
    await publishScheme(
      platform,
      'meuse',
      scheme.slug,
      grantContent({
        amount: {
          mode: 'by-year-of-study',
          byYear: [
            { year: 4, amountCents: 200_000 },
            { year: 5, amountCents: 250_000 },
            { year: 6, amountCents: 300_000 },
          ],
          ceilingCents: 500_000,
        },
      }),
    );
    // The candidate is in their 4th year: 2 000 + 2 500 + 3 000 € capped at 5 000 €.
    const approved = await applicationIn(platform, scheme, 'approved', officer);
    expect((await officer.application({ id: approved.id })).amountCents).toBe(500_000);
    const signedOn = monthsAgo(1);
    await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: signedOn });
    const payments = (await officer.application({ id: approved.id })).payments;
    expect(payments.map((payment) => [payment.dueOn, payment.amountCents])).toEqual([
      [signedOn, 200_000],
      [addMonths(signedOn, 12), 250_000],
      [addMonths(signedOn, 24), 50_000],
    ]);
    expect(payments.reduce((sum, payment) => sum + payment.amountCents, 0)).toBe(500_000);
  });

  it('pays a monthly aid month after month', async () => {
    const scheme = { slug: 'indemnite-mensuelle', kind: 'installation' as const };
    await publishScheme(platform, 'meuse', scheme.slug, installationContent({ kind: 'transport', amount: { mode: 'monthly', amountCents: 15_000, months: 6 } }));
    const approved = await applicationIn(platform, scheme, 'approved', officer);
    expect((await officer.application({ id: approved.id })).amountCents).toBe(90_000);
    await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: '2026-01-31' });
    const payments = (await officer.application({ id: approved.id })).payments;
    expect(payments.map((payment) => payment.dueOn)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']);
  });
});

describe('the agreement', () => {
  it('is a real PDF naming the beneficiary, the frozen scheme, the amount, the schedule, the commitment and the repayment rule', async () => {
    const scheme = { slug: 'bourse-convention', kind: 'grant' as const };
    await publishScheme(platform, 'meuse', scheme.slug, grantContent({ funders: ['Département de la Meuse', 'ARS Grand Est'] }));
    const approved = await applicationIn(platform, scheme, 'approved', officer);
    const forecast = await officer.agreementPdf({ id: approved.id });
    expect(plain((await extractText(new Uint8Array(Buffer.from(forecast.base64, 'base64')), { mergePages: true })).text)).toContain('Échéancier prévisionnel');

    await officer.transitionApplication({ id: approved.id, rowVersion: approved.rowVersion, to: 'agreement-signed', on: '2026-09-01' });
    const detail = await officer.application({ id: approved.id });
    const pdf = await officer.agreementPdf({ id: approved.id });
    expect(pdf.fileName).toBe(`convention-${detail.reference}.pdf`);
    const bytes = new Uint8Array(Buffer.from(pdf.base64, 'base64'));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = plain((await extractText(bytes, { mergePages: true })).text);
    expect(text).toContain("Convention d'attribution d'une aide");
    expect(text).toContain('Département de la Meuse');
    expect(text).toContain(`${detail.contact.firstName} ${detail.contact.lastName}`);
    expect(text).toContain('Bourse d’études médicales (test)');
    expect(text).toContain('9 000,00 €');
    expect(text).toContain('3 000,00 €');
    expect(text).toContain('1 septembre 2026');
    expect(text).toContain('1 septembre 2028');
    expect(text).toContain('pendant 5 ans dans le département');
    expect(text).toContain('au prorata des mois d\'engagement non effectués');
    expect(text).toContain('ARS Grand Est');
  });

  it('does not exist before the approval', async () => {
    const submitted = await applicationIn(platform, { slug: 'bourse-convention', kind: 'grant' }, 'under-review', officer);
    await expectRefusal(officer.agreementPdf({ id: submitted.id }), 'BAD_REQUEST', 'incentives:errors.applicationNoAgreement');
  });
});
