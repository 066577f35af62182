import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Explanation } from '@ancrage/incentives-domain';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  BAR_LE_DUC,
  COMMERCY,
  expectInvalidInput,
  expectRefusal,
  incentivesAs,
  MONT_DE_MARSAN,
  publishedScheme,
  schemeContent,
  startPlatform,
  VERDUN,
  type IncentivesCaller,
} from '../schemes/schemes.int-helpers';

let platform: TestPlatform;
let admin: IncentivesCaller;
let visitor: IncentivesCaller;
let perimeterId: string;
let installationId: string;

/** The conditions of an explanation, depth first, with their outcome. */
function outcomes(explanation: Explanation): [string, string][] {
  if (explanation.op === 'condition') return [[explanation.condition.type, explanation.outcome]];
  if (explanation.op === 'not') return outcomes(explanation.child);
  return explanation.children.flatMap(outcomes);
}

beforeAll(async () => {
  platform = await startPlatform();
  admin = await incentivesAs(platform, 'meuse', 'admin');
  visitor = await incentivesAs(platform, 'meuse');
  const territory = (await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' })).territory;
  perimeterId = (await territory.createPerimeter({ name: 'ZIP du Nord meusien (test)', kind: 'zip', communeCodes: [VERDUN, COMMERCY] })).id;

  // Published: an installation aid in the ZIP (against 5 years of practice) and a housing aid for internes (closed window).
  installationId = (
    await publishedScheme(
      admin,
      'installation-zip',
      schemeContent({
        name: { fr: 'Installation en ZIP (test)', en: 'Settling in a priority zone (test)' },
        eligibility: {
          op: 'all',
          rules: [
            { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
            { op: 'condition', condition: { type: 'practice-area', area: { perimeterIds: [perimeterId] } } },
            { op: 'condition', condition: { type: 'commitment-years', min: 5 } },
          ],
        },
        commitment: { years: 5, area: { perimeterIds: [perimeterId] } },
        amount: { mode: 'one-off', amountCents: 1_500_000 },
        maxBeneficiariesPerYear: 4,
        testCases: [
          {
            label: 'Médecin à Verdun',
            profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: VERDUN, commitmentYearsAccepted: 5 },
            expectEligible: true,
            expectedAmountCents: 1_500_000,
          },
        ],
      }),
    )
  ).id;
  await publishedScheme(
    admin,
    'logement-internes',
    schemeContent({
      name: { fr: 'Logement des internes (test)', en: 'Housing for internes (test)' },
      kind: 'housing',
      audiences: ['interne'],
      eligibility: { op: 'condition', condition: { type: 'status', in: ['interne'] } },
      amount: { mode: 'monthly', amountCents: 30_000, months: 6 },
      incompatibleWith: ['national:interne-housing-indemnity'],
      calendar: { mode: 'window', opensOn: '2020-01-01', closesOn: '2020-03-31' },
      selection: 'automatic',
      testCases: [],
    }),
  );
  // Never shown: a draft, an archived scheme, and Landes' own scheme.
  await admin.createScheme({ slug: 'brouillon-secret', content: schemeContent({ name: { fr: 'Brouillon secret (test)', en: '' } }) });
  const archived = await publishedScheme(admin, 'archivee', schemeContent({ name: { fr: 'Archivée (test)', en: '' } }));
  await admin.archiveScheme({ id: archived.id, rowVersion: archived.rowVersion });
  const landes = await incentivesAs(platform, 'landes', 'admin');
  await publishedScheme(
    landes,
    'aide-landaise',
    schemeContent({ eligibility: { op: 'condition', condition: { type: 'practice-area', area: { communes: [MONT_DE_MARSAN] } } }, testCases: [] }),
  );
});
afterAll(() => platform?.close());

describe('the portal', () => {
  it('lists the published schemes only, with their calendar today, without budget or test cases', async () => {
    const schemes = await visitor.portalSchemes();
    expect(schemes.map((scheme) => scheme.slug)).toEqual(['installation-zip', 'logement-internes']);
    const [installation, housing] = schemes;
    expect(installation).toMatchObject({ reference: `local:${installationId}`, kind: 'installation-aid', open: true, nextDeadline: null, amount: { mode: 'one-off', amountCents: 1_500_000 } });
    expect(installation?.commitment).toMatchObject({ years: 5, repayment: 'pro-rata' });
    expect(housing).toMatchObject({ open: false, nextDeadline: null, calendar: { mode: 'window', closesOn: '2020-03-31' } });
    for (const scheme of schemes) {
      for (const hidden of ['testCases', 'yearlyEnvelopeCents', 'maxBeneficiariesPerYear', 'draft']) expect(scheme).not.toHaveProperty(hidden);
    }
  });

  it('shows a scheme’s public page with the places its rules name, and never a draft, archived or other tenant’s scheme', async () => {
    const page = await visitor.portalScheme({ slug: 'installation-zip' });
    expect(page).toMatchObject({ slug: 'installation-zip', version: 1, selection: 'committee', requiredDocuments: [] });
    expect(page.places.perimeters).toEqual({ [perimeterId]: 'ZIP du Nord meusien (test)' });
    expect(page.geo.perimeters[perimeterId]).toEqual([VERDUN, COMMERCY].sort());
    for (const hidden of ['testCases', 'yearlyEnvelopeCents', 'maxBeneficiariesPerYear']) expect(page).not.toHaveProperty(hidden);
    for (const slug of ['brouillon-secret', 'archivee', 'aide-landaise']) await expectRefusal(visitor.portalScheme({ slug }), 'NOT_FOUND', 'incentives:errors.schemeNotOnPortal');
    await expectInvalidInput(visitor.portalScheme({ slug: '../admin' }), { slug: 'incentives:errors.schemeSlugFormat' });
  });

  it('answers a visitor of Landes with Landes’ schemes only', async () => {
    const landesVisitor = await incentivesAs(platform, 'landes');
    expect((await landesVisitor.portalSchemes()).map((scheme) => scheme.slug)).toEqual(['aide-landaise']);
    const simulated = await landesVisitor.simulate({ profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: VERDUN } });
    expect(simulated.results.map((result) => result.slug)).toEqual(['aide-landaise']);
  });
});

describe('the simulator', () => {
  it('puts the schemes a doctor settling in the ZIP is eligible to first, with the amount and the commitment', async () => {
    const { results } = await visitor.simulate({ profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: COMMERCY, commitmentYearsAccepted: 5 } });
    expect(results.map((result) => [result.slug, result.verdict.eligible])).toEqual([
      ['installation-zip', true],
      ['logement-internes', false],
    ]);
    const [installation, housing] = results;
    expect(installation?.verdict.amount?.totalCents).toBe(1_500_000);
    expect(installation?.verdict.commitment?.years).toBe(5);
    expect(outcomes(installation!.verdict.explanation)).toEqual([
      ['profession', 'held'],
      ['practice-area', 'held'],
      ['commitment-years', 'held'],
    ]);
    expect(housing?.verdict).toMatchObject({ eligible: false, audienceMatches: false, amount: null });
    expect(housing?.open).toBe(false);
  });

  it('explains why not: a commune outside the zone, an answer missing, a scheme already received', async () => {
    const outside = await visitor.simulate({ profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: BAR_LE_DUC } });
    const installation = outside.results.find((result) => result.slug === 'installation-zip')!;
    expect(installation.verdict.eligible).toBe(false);
    expect(outcomes(installation.verdict.explanation)).toEqual([
      ['profession', 'held'],
      ['practice-area', 'failed'],
      ['commitment-years', 'missing'],
    ]);
    expect(outside.places.perimeters[perimeterId]).toBe('ZIP du Nord meusien (test)');

    const interne = await visitor.simulate({ profile: { status: 'interne', profession: 'medecin', receiving: ['national:interne-housing-indemnity'] } });
    const housing = interne.results.find((result) => result.slug === 'logement-internes')!;
    expect(housing.verdict).toMatchObject({ eligible: false, audienceMatches: true, incompatibleWith: ['national:interne-housing-indemnity'] });
    expect(housing.verdict.explanation.holds).toBe(true);

    const eligibleInterne = await visitor.simulate({ profile: { status: 'interne', profession: 'medecin' } });
    expect(eligibleInterne.results[0]).toMatchObject({ slug: 'logement-internes', verdict: { eligible: true, amount: { totalCents: 180_000 } } });
  });

  it('shows the published version, not the draft being edited', async () => {
    const scheme = await admin.scheme({ id: installationId });
    await admin.saveSchemeDraft({ id: installationId, rowVersion: scheme.rowVersion, content: { ...scheme.draft, amount: { mode: 'one-off', amountCents: 1 }, testCases: [] } });
    const { results } = await visitor.simulate({ profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: VERDUN, commitmentYearsAccepted: 6 } });
    expect(results.find((result) => result.slug === 'installation-zip')?.verdict.amount?.totalCents).toBe(1_500_000);
  });

  it('refuses an invalid profile, translated', async () => {
    await expectInvalidInput(visitor.simulate({ profile: { status: 'interne', profession: 'medecin', practiceCommune: 'Verdun' } }), { 'profile.practiceCommune': 'incentives:validation.communeCode' });
    await expectInvalidInput(visitor.simulate({ profile: { status: 'astronaut', profession: 'medecin' } as never }));
  });
});

describe('the commune picker', () => {
  it('finds the tenant’s communes by name, accents and hyphens aside, by postal code and by INSEE code', async () => {
    expect((await visitor.portalCommunes({ search: 'verdun' }))[0]).toMatchObject({ code: VERDUN, name: 'Verdun', postalCodes: ['55100'] });
    expect((await visitor.portalCommunes({ search: 'bar le duc' })).map((commune) => commune.code)).toContain(BAR_LE_DUC);
    expect((await visitor.portalCommunes({ search: '55200' })).map((commune) => commune.code)).toContain(COMMERCY);
    expect((await visitor.portalCommunes({ search: COMMERCY })).map((commune) => commune.code)).toEqual([COMMERCY]);
    expect(await visitor.portalCommunes({ search: 'mont-de-marsan' })).toEqual([]);
    expect(await (await incentivesAs(platform, 'landes')).portalCommunes({ search: 'verdun' })).toEqual([]);
    expect(await visitor.portalCommunes({ search: '%' })).toEqual([]);
    expect((await visitor.portalCommunes({ search: '' })).length).toBe(20);
  });
});
