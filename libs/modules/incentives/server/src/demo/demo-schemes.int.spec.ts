import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchemeContent } from '@ancrage/incentives-domain';
import type { TestPlatform } from '@ancrage/registry/testing';
import { footprint, incentivesAs, inTenant, startPlatform, VERDUN } from '../schemes/schemes.int-helpers';
import { seedDemoSchemes } from './demo-schemes';

let platform: TestPlatform;
let zipId: string;

const SLUGS = ['bourse-etudes-medecine', 'aide-logement-internes', 'aide-installation-zone-prioritaire', 'indemnite-transport-internes'];

async function seed(tenant: string, departementCode: string) {
  const tenantId = await platform.tenantId(tenant);
  return inTenant(platform, tenant, (db) => seedDemoSchemes(db, tenantId, departementCode));
}

beforeAll(async () => {
  platform = await startPlatform();
  // As the territory's demo seed leaves Meuse: a fictitious ZIP. Landes gets none.
  const territory = (await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' })).territory;
  zipId = (await territory.createPerimeter({ name: 'ZIP fictive — démonstration', kind: 'zip', communeCodes: [VERDUN, '55029', '55122'] })).id;
});
afterAll(() => platform?.close());

describe('the demo schemes', () => {
  it('publishes four schemes in Meuse, each with a version, its places frozen and its test cases passing, quickly', async () => {
    const started = performance.now();
    const seeded = await seed('meuse', '55');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(seeded.map((scheme) => [scheme.slug, scheme.version])).toEqual(SLUGS.map((slug) => [slug, 1]));

    const admin = await incentivesAs(platform, 'meuse', 'admin');
    for (const { schemeId } of seeded) {
      const scheme = await admin.scheme({ id: schemeId });
      expect(scheme, scheme.slug).toMatchObject({ status: 'published', publishedVersion: 1, hasUnpublishedChanges: false, problems: [] });
      expect(scheme.testResults.every((result) => result.passed), scheme.slug).toBe(true);
      // Each scheme's tests say who is eligible and who is not.
      expect(new Set(scheme.draft.testCases.map((testCase) => testCase.expectEligible)), scheme.slug).toEqual(new Set([true, false]));
      expect(scheme.draft.description.fr).toMatch(/^Dispositif fictif de démonstration\./);
      expect(scheme.draft.description.en).toMatch(/^Fictitious demonstration scheme\./);
      expect(scheme.draft.name.fr).toMatch(/fictive/);
    }
    const versions = await inTenant(platform, 'meuse', (db) => db.selectFrom('incentivesSchemeVersion').select(['schemeId', 'content', 'geo']).execute());
    const installation = versions.find((version) => version.schemeId === seeded[2]?.schemeId);
    expect((installation?.content as SchemeContent).commitment?.area?.perimeterIds).toEqual([zipId]);
    expect(installation?.geo).toEqual({ perimeters: { [zipId]: ['55029', '55122', VERDUN] }, epcis: {} });
  });

  it('models each kind of scheme as described: study grant by year against five years, monthly housing, one-off installation, per-stage transport', async () => {
    const visitor = await incentivesAs(platform, 'meuse');
    const bySlug = new Map((await visitor.portalSchemes()).map((scheme) => [scheme.slug, scheme]));
    expect(bySlug.get('bourse-etudes-medecine')).toMatchObject({ kind: 'study-grant', amount: { mode: 'by-year-of-study' }, commitment: { years: 5, repayment: 'pro-rata' }, calendar: { mode: 'yearly' } });
    expect(bySlug.get('aide-logement-internes')).toMatchObject({ kind: 'housing', amount: { mode: 'monthly', amountCents: 30_000 }, commitment: null });
    expect(bySlug.get('aide-installation-zone-prioritaire')).toMatchObject({ kind: 'installation-aid', amount: { mode: 'one-off', amountCents: 1_500_000 } });
    expect(bySlug.get('indemnite-transport-internes')).toMatchObject({ kind: 'transport', amount: { mode: 'per-stage-period' }, nationalBase: 'interne-transport-indemnity' });
    expect((await visitor.portalScheme({ slug: 'aide-logement-internes' })).selection).toBe('automatic');
    expect((await visitor.portalScheme({ slug: 'bourse-etudes-medecine' })).selection).toBe('committee');

    const interne = await visitor.simulate({ profile: { status: 'interne', profession: 'medecin', specialty: 'medecine-generale', yearOfStudy: 8, commitmentYearsAccepted: 5 } });
    expect(interne.results.filter((result) => result.verdict.eligible).map((result) => result.slug).sort()).toEqual(['aide-logement-internes', 'bourse-etudes-medecine', 'indemnite-transport-internes']);
    expect(interne.results.find((result) => result.slug === 'bourse-etudes-medecine')?.verdict.amount?.totalCents).toBe(1_920_000);
    const withNationalHousing = await visitor.simulate({ profile: { status: 'interne', profession: 'medecin', receiving: ['national:interne-housing-indemnity'] } });
    expect(withNationalHousing.results.find((result) => result.slug === 'aide-logement-internes')?.verdict).toMatchObject({ eligible: false, incompatibleWith: ['national:interne-housing-indemnity'] });
  });

  it('does nothing the second time, and returns the same schemes', async () => {
    const before = await footprint(platform, 'meuse');
    const first = (await incentivesAs(platform, 'meuse', 'admin')).schemes({});
    const again = await seed('meuse', '55');
    expect(again.map((scheme) => scheme.slug)).toEqual(SLUGS);
    expect(again.map((scheme) => scheme.schemeId).sort()).toEqual((await first).map((scheme) => scheme.id).sort());
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('uses real communes of the département where the territory has no ZIP', async () => {
    const seeded = await seed('landes', '40');
    expect(seeded.map((scheme) => scheme.slug)).toEqual(SLUGS);
    const admin = await incentivesAs(platform, 'landes', 'admin');
    const installation = await admin.scheme({ id: seeded[2]!.schemeId });
    const area = installation.draft.commitment?.area;
    expect(area?.perimeterIds).toEqual([]);
    expect(area?.communes).toHaveLength(12);
    expect(area?.communes.every((code) => code.startsWith('40'))).toBe(true);
    expect(installation.problems).toEqual([]);
    expect(installation.testResults.map((result) => result.passed)).toEqual([true, true, true, true]);
    expect(installation.draft.funders[0]).toContain('Landes');
  });
});
