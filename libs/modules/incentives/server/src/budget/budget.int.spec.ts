import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '@ancrage/incentives-domain';
import type { TestPlatform } from '@ancrage/registry/testing';
import { expectInvalidInput, expectRefusal, footprint, incentivesAs, inTenant, publishedScheme, schemeContent, startPlatform, type IncentivesCaller } from '../schemes/schemes.int-helpers';

let platform: TestPlatform;
let admin: IncentivesCaller;
let withEnvelope: string;
let withoutEnvelope: string;
let sequence = 0;

/** An application counted on `year`, as the instruction leaves it, with its payments. */
async function application(schemeId: string, year: number, status: ApplicationStatus, amountCents: number, payments: { amountCents: number; status: 'scheduled' | 'paid' | 'cancelled' }[] = []) {
  sequence += 1;
  const tenantId = await platform.tenantId('meuse');
  await inTenant(platform, 'meuse', async (db) => {
    const { id } = await db
      .insertInto('incentivesApplication')
      .values({
        tenantId,
        reference: `TEST-${sequence}`,
        schemeId,
        schemeVersion: 1,
        status,
        firstName: 'Camille',
        lastName: 'Exemple (fictif)',
        email: `camille.${sequence}@example.org`,
        profile: JSON.stringify({ status: 'settling-professional', profession: 'medecin' }),
        amountCents,
        budgetYear: year,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [index, payment] of payments.entries()) {
      await db
        .insertInto('incentivesPayment')
        .values({ tenantId, applicationId: id, seq: index + 1, dueOn: `${year}-0${index + 1}-15`, amountCents: payment.amountCents, status: payment.status })
        .execute();
    }
  });
}

beforeAll(async () => {
  platform = await startPlatform();
  admin = await incentivesAs(platform, 'meuse', 'admin');
  withEnvelope = (await publishedScheme(admin, 'avec-enveloppe', schemeContent({ yearlyEnvelopeCents: 5_000_000 }))).id;
  withoutEnvelope = (await publishedScheme(admin, 'sans-enveloppe', schemeContent({ kind: 'housing', yearlyEnvelopeCents: null, maxBeneficiariesPerYear: 10 }))).id;

  await application(withEnvelope, 2026, 'approved', 1_000_000);
  await application(withEnvelope, 2026, 'being-paid', 1_000_000, [
    { amountCents: 600_000, status: 'paid' },
    { amountCents: 400_000, status: 'scheduled' },
  ]);
  // Not committed: under instruction, refused.
  await application(withEnvelope, 2026, 'submitted', 1_000_000);
  await application(withEnvelope, 2026, 'rejected', 1_000_000);
  // Another year.
  await application(withEnvelope, 2027, 'approved', 700_000);
  // A broken commitment: what was not paid is cancelled, the decision stays committed.
  await application(withoutEnvelope, 2026, 'commitment-broken', 500_000, [
    { amountCents: 200_000, status: 'paid' },
    { amountCents: 300_000, status: 'cancelled' },
  ]);
});
afterAll(() => platform?.close());

describe('the budget of a year', () => {
  it('sums, scheme by scheme, the envelope, what is committed, paid, still to pay and available', async () => {
    const budget = await (await incentivesAs(platform, 'meuse', 'viewer')).budget({ year: 2026 });
    expect(budget.year).toBe(2026);
    expect(budget.rows).toEqual([
      {
        schemeId: withEnvelope,
        slug: 'avec-enveloppe',
        status: 'published',
        name: { fr: 'Aide à l’installation (test)', en: 'Installation aid (test)' },
        kind: 'installation-aid',
        envelopeSource: 'scheme',
        envelopeCents: 5_000_000,
        committedCents: 2_000_000,
        paidCents: 600_000,
        remainingToPayCents: 1_400_000,
        availableCents: 3_000_000,
        beneficiaries: 2,
        maxBeneficiaries: null,
      },
      expect.objectContaining({
        schemeId: withoutEnvelope,
        envelopeSource: null,
        envelopeCents: null,
        committedCents: 500_000,
        paidCents: 200_000,
        remainingToPayCents: 0,
        availableCents: null,
        beneficiaries: 1,
        maxBeneficiaries: 10,
      }),
    ]);
    expect(budget.totals).toEqual({
      envelopeCents: 5_000_000,
      committedCents: 2_500_000,
      paidCents: 800_000,
      remainingToPayCents: 1_400_000,
      availableCents: 3_000_000,
      beneficiaries: 3,
      schemesWithoutEnvelope: 1,
    });
    const next = await admin.budget({ year: 2027 });
    expect(next.rows.find((row) => row.schemeId === withEnvelope)).toMatchObject({ committedCents: 700_000, availableCents: 4_300_000, paidCents: 0 });
  });

  it('uses the envelope set for a year instead of the scheme’s, for that year only, until it is removed', async () => {
    expect(await admin.setEnvelope({ schemeId: withEnvelope, year: 2026, envelopeCents: 1_500_000 })).toEqual({ schemeId: withEnvelope, year: 2026, envelopeCents: 1_500_000 });
    await admin.setEnvelope({ schemeId: withoutEnvelope, year: 2026, envelopeCents: 2_000_000 });
    const budget = await admin.budget({ year: 2026 });
    // Over the envelope (approvals beyond it are an explicit override): available goes negative.
    expect(budget.rows.find((row) => row.schemeId === withEnvelope)).toMatchObject({ envelopeSource: 'year', envelopeCents: 1_500_000, availableCents: -500_000 });
    expect(budget.rows.find((row) => row.schemeId === withoutEnvelope)).toMatchObject({ envelopeSource: 'year', envelopeCents: 2_000_000, availableCents: 1_500_000 });
    expect(budget.totals).toMatchObject({ envelopeCents: 3_500_000, availableCents: 1_000_000, schemesWithoutEnvelope: 0 });
    expect((await admin.budget({ year: 2027 })).rows.find((row) => row.schemeId === withEnvelope)).toMatchObject({ envelopeSource: 'scheme', envelopeCents: 5_000_000 });

    await admin.setEnvelope({ schemeId: withEnvelope, year: 2026, envelopeCents: 1_800_000 });
    expect((await admin.budget({ year: 2026 })).rows.find((row) => row.schemeId === withEnvelope)?.envelopeCents).toBe(1_800_000);
    await admin.setEnvelope({ schemeId: withEnvelope, year: 2026, envelopeCents: null });
    expect((await admin.budget({ year: 2026 })).rows.find((row) => row.schemeId === withEnvelope)).toMatchObject({ envelopeSource: 'scheme', envelopeCents: 5_000_000 });
  });

  it('lists a scheme not yet published once it has an envelope for the year', async () => {
    const { id } = await admin.createScheme({ slug: 'en-preparation', content: schemeContent({ kind: 'transport' }) });
    expect((await admin.budget({ year: 2026 })).rows.map((row) => row.schemeId)).not.toContain(id);
    await admin.setEnvelope({ schemeId: id, year: 2026, envelopeCents: 100_000 });
    expect((await admin.budget({ year: 2026 })).rows.find((row) => row.schemeId === id)).toMatchObject({ status: 'draft', kind: 'transport', envelopeCents: 100_000, committedCents: 0 });
  });

  it('refuses an invalid envelope or year, and anyone but an admin setting one; nothing changes', async () => {
    const before = await footprint(platform, 'meuse');
    await expectInvalidInput(admin.setEnvelope({ schemeId: withEnvelope, year: 2026, envelopeCents: -1 }));
    await expectInvalidInput(admin.setEnvelope({ schemeId: withEnvelope, year: 2026, envelopeCents: 10.5 }));
    await expectInvalidInput(admin.setEnvelope({ schemeId: withEnvelope, year: 1999, envelopeCents: 100 }));
    await expectInvalidInput(admin.budget({ year: 3000 }));
    await expectRefusal(admin.setEnvelope({ schemeId: '00000000-0000-4000-8000-000000000000', year: 2026, envelopeCents: 100 }), 'NOT_FOUND', 'errors:notFound');
    await expect((await incentivesAs(platform, 'meuse', 'officer')).setEnvelope({ schemeId: withEnvelope, year: 2026, envelopeCents: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('shows Landes none of Meuse’s money', async () => {
    const landes = await (await incentivesAs(platform, 'landes', 'admin')).budget({ year: 2026 });
    expect(landes.rows).toEqual([]);
    expect(landes.totals).toMatchObject({ envelopeCents: null, committedCents: 0, paidCents: 0, beneficiaries: 0 });
  });
});
