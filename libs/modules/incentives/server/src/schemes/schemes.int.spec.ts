import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  BAR_LE_DUC,
  COMMERCY,
  expectInvalidInput,
  expectRefusal,
  footprint,
  incentivesAs,
  inTenant,
  publishedScheme,
  refusalParams,
  schemeContent,
  startPlatform,
  translate,
  VERDUN,
  type IncentivesCaller,
} from './schemes.int-helpers';

let platform: TestPlatform;
let admin: IncentivesCaller;

beforeAll(async () => {
  platform = await startPlatform();
  admin = await incentivesAs(platform, 'meuse', 'admin');
});
afterAll(() => platform?.close());

describe('a scheme from draft to publication', () => {
  it('creates a draft that lists as unpublished, with its places resolved and its test cases run', async () => {
    const { id, rowVersion } = await admin.createScheme({ slug: 'aide-brouillon', content: schemeContent() });
    expect(rowVersion).toBe(1);
    const listed = (await admin.schemes({})).find((scheme) => scheme.id === id);
    expect(listed).toMatchObject({ slug: 'aide-brouillon', status: 'draft', kind: 'installation-aid', publishedVersion: null, hasUnpublishedChanges: true, applicationCount: 0 });
    expect(listed?.name.fr).toBe('Aide à l’installation (test)');

    const scheme = await admin.scheme({ id });
    expect(scheme).toMatchObject({ status: 'draft', rowVersion: 1, publishedVersion: null, versions: [], problems: [] });
    expect(scheme.draft.amount).toEqual({ mode: 'one-off', amountCents: 1_000_000 });
    expect(scheme.testResults.map((result) => [result.label, result.passed])).toEqual([
      ['Médecin à Verdun', true],
      ['Infirmier à Verdun', true],
    ]);
    // The editor's snapshot knows every commune of the tenant, to flag unknown codes in the browser.
    expect(scheme.geo.knownCommunes).toContain(VERDUN);
    expect(scheme.geo.knownCommunes).not.toContain('40192');
  });

  it('publishes version 1, frozen: later edits change the draft, not what the portal shows, until published again', async () => {
    const { id, version, rowVersion } = await publishedScheme(admin, 'aide-versions');
    expect(version).toBe(1);
    const visitor = await incentivesAs(platform, 'meuse');
    expect((await visitor.portalScheme({ slug: 'aide-versions' })).name.fr).toBe('Aide à l’installation (test)');

    const edited = await admin.saveSchemeDraft({ id, rowVersion, content: schemeContent({ name: { fr: 'Aide renommée (test)', en: '' }, amount: { mode: 'one-off', amountCents: 1_200_000 }, testCases: [] }) });
    expect(edited.rowVersion).toBe(rowVersion + 1);
    expect((await admin.schemes({})).find((scheme) => scheme.id === id)).toMatchObject({ status: 'published', publishedVersion: 1, hasUnpublishedChanges: true, name: { fr: 'Aide renommée (test)' } });
    const onPortal = await visitor.portalScheme({ slug: 'aide-versions' });
    expect(onPortal).toMatchObject({ version: 1, name: { fr: 'Aide à l’installation (test)' }, amount: { amountCents: 1_000_000 } });

    const republished = await admin.publishScheme({ id, rowVersion: edited.rowVersion });
    expect(republished.version).toBe(2);
    expect(await visitor.portalScheme({ slug: 'aide-versions' })).toMatchObject({ version: 2, name: { fr: 'Aide renommée (test)' }, amount: { amountCents: 1_200_000 } });
    const scheme = await admin.scheme({ id });
    expect(scheme.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(scheme.hasUnpublishedChanges).toBe(false);
    expect((await admin.schemes({ status: 'published' })).find((s) => s.id === id)?.hasUnpublishedChanges).toBe(false);

    // Version 1 stays as it was, for the applications made on it.
    const frozen = await inTenant(platform, 'meuse', (db) => db.selectFrom('incentivesSchemeVersion').select(['version', 'content', 'geo', 'publishedBy']).where('schemeId', '=', id).orderBy('version').execute());
    expect((frozen[0]?.content as { name: { fr: string } }).name.fr).toBe('Aide à l’installation (test)');
    expect(frozen[0]?.geo).toEqual({ perimeters: {}, epcis: {} });
    expect(frozen[0]?.publishedBy).toEqual(expect.any(String));

    await expectRefusal(admin.publishScheme({ id, rowVersion: republished.rowVersion }), 'BAD_REQUEST', 'incentives:errors.schemeNothingToPublish');
  });

  it('freezes the communes of the perimeters and EPCIs a rule names, as they were at publication', async () => {
    const territory = (await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' })).territory;
    const { id: perimeterId } = await territory.createPerimeter({ name: 'ZIP de test', kind: 'zip', communeCodes: [VERDUN, BAR_LE_DUC] });
    const choices = await admin.territoryChoices();
    const epciCode = choices.communes.find((commune) => commune.code === COMMERCY)?.epciCode;
    expect(epciCode).toMatch(/^\d{9}$/);
    expect(choices.perimeters).toContainEqual({ id: perimeterId, name: 'ZIP de test', kind: 'zip' });
    expect(choices.epcis.some((epci) => epci.code === epciCode)).toBe(true);

    const area = { perimeterIds: [perimeterId], epcis: [epciCode!] };
    const geo = await admin.schemeGeo({ ...area, communes: [] });
    expect(geo.perimeters[perimeterId]).toEqual([BAR_LE_DUC, VERDUN].sort());
    expect(geo.epcis[epciCode!]).toContain(COMMERCY);

    const content = schemeContent({
      eligibility: { op: 'condition', condition: { type: 'practice-area', area } },
      commitment: { years: 3, area: { perimeterIds: [perimeterId] } },
      testCases: [{ label: 'À Commercy', profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: COMMERCY }, expectEligible: true }],
    });
    const { id } = await publishedScheme(admin, 'aide-perimetre', content);
    await territory.updatePerimeter({ id: perimeterId, name: 'ZIP de test', kind: 'zip', communeCodes: [VERDUN] });
    const version = await inTenant(platform, 'meuse', (db) => db.selectFrom('incentivesSchemeVersion').select('geo').where('schemeId', '=', id).executeTakeFirstOrThrow());
    expect(version.geo).toMatchObject({ perimeters: { [perimeterId]: [BAR_LE_DUC, VERDUN].sort() } });
    expect((version.geo as { knownCommunes?: unknown }).knownCommunes).toBeUndefined();
    // The editor sees the territory as it is now.
    expect((await admin.scheme({ id })).geo.perimeters[perimeterId]).toEqual([VERDUN]);
  });

  it('records who did what in the audit log', async () => {
    const { id, rowVersion } = await admin.createScheme({ slug: 'aide-auditee', content: schemeContent() });
    const saved = await admin.saveSchemeDraft({ id, rowVersion, content: schemeContent({ kind: 'other' }) });
    const published = await admin.publishScheme({ id, rowVersion: saved.rowVersion });
    await admin.archiveScheme({ id, rowVersion: published.rowVersion });
    const tenantId = await platform.tenantId('meuse');
    const rows = await (platform.database.db as unknown as Kysely<PlatformDatabase>)
      .selectFrom('platformAudit')
      .select(['action', 'userId', 'before', 'after'])
      .where('tenantId', '=', tenantId)
      .where('entityId', '=', id)
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.action)).toEqual(['incentives.createScheme', 'incentives.saveSchemeDraft', 'incentives.publishScheme', 'incentives.archiveScheme']);
    expect(rows.every((row) => row.userId)).toBe(true);
    expect(rows[2]?.after).toEqual({ status: 'published', publishedVersion: 1 });
  });
});

describe('publication refused', () => {
  async function expectPublishRefused(slug: string, content: Parameters<typeof schemeContent>[0], expectedReason: RegExp) {
    const { id, rowVersion } = await admin.createScheme({ slug, content: schemeContent(content) });
    const before = await footprint(platform, 'meuse');
    const error = await expectRefusal(admin.publishScheme({ id, rowVersion }), 'BAD_REQUEST', 'incentives:errors.publishRefused');
    expect(String(refusalParams(error).reasons)).toMatch(expectedReason);
    expect(await footprint(platform, 'meuse')).toEqual(before);
    const scheme = await admin.scheme({ id });
    expect(scheme).toMatchObject({ status: 'draft', publishedVersion: null, versions: [] });
    return scheme;
  }

  it('while a test case fails, naming it in the message', async () => {
    const scheme = await expectPublishRefused(
      'aide-cas-echoue',
      {
        testCases: [
          { label: 'Médecin à Commercy', profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: COMMERCY }, expectEligible: true },
          { label: 'Montant à Verdun', profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: VERDUN }, expectEligible: true, expectedAmountCents: 999 },
        ],
      },
      /Médecin à Commercy.*l'éligibilité.*Montant à Verdun.*le montant/,
    );
    expect(scheme.testResults.map((result) => result.failures)).toEqual([['eligibility'], ['amount']]);
  });

  it('while the rule can never hold', async () => {
    const scheme = await expectPublishRefused(
      'aide-impossible',
      {
        eligibility: {
          op: 'all',
          rules: [
            { op: 'condition', condition: { type: 'age', range: { min: 50 } } },
            { op: 'condition', condition: { type: 'age', range: { max: 30 } } },
          ],
        },
        testCases: [],
      },
      new RegExp(translate('fr', 'incentives:ruleProblems.neverHolds').slice(0, 30)),
    );
    expect(scheme.problems.map((problem) => problem.key)).toContain('incentives:ruleProblems.neverHolds');
  });

  it('while the rule names a commune the territory does not know, or the commitment a perimeter that does not exist', async () => {
    const scheme = await expectPublishRefused(
      'aide-lieux-inconnus',
      {
        eligibility: { op: 'condition', condition: { type: 'practice-area', area: { communes: [VERDUN, '40192'] } } },
        commitment: { years: 5, area: { perimeterIds: ['00000000-0000-4000-8000-000000000000'] } },
        testCases: [],
      },
      /40192/,
    );
    expect(scheme.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'incentives:ruleProblems.unknownCommune', params: { code: '40192' }, path: ['eligibility'] }),
        expect.objectContaining({ key: 'incentives:ruleProblems.unknownPerimeter', path: ['commitment', 'area'] }),
      ]),
    );
  });

  it('while it is declared incompatible with a scheme that does not exist, or with itself', async () => {
    const { id, rowVersion } = await admin.createScheme({ slug: 'aide-references', content: schemeContent({ incompatibleWith: ['local:00000000-0000-4000-8000-000000000001'] }) });
    const saved = await admin.saveSchemeDraft({ id, rowVersion, content: schemeContent({ incompatibleWith: ['national:cesp', `local:${id}`, 'local:00000000-0000-4000-8000-000000000001'] }) });
    expect(saved.problems).toEqual([
      { key: 'incentives:schemeProblems.selfReference', path: ['incompatibleWith', 1] },
      { key: 'incentives:schemeProblems.unknownScheme', params: { reference: 'local:00000000-0000-4000-8000-000000000001' }, path: ['incompatibleWith', 2] },
    ]);
    const error = await expectRefusal(admin.publishScheme({ id, rowVersion: saved.rowVersion }), 'BAD_REQUEST', 'incentives:errors.publishRefused');
    expect(refusalParams(error).count).toBe(2);
  });

  it('in English for an English reader', async () => {
    const english = await incentivesAs(platform, 'meuse', 'admin', 'en');
    const { id, rowVersion } = await english.createScheme({ slug: 'aide-anglais', content: schemeContent({ testCases: [{ label: 'Nurse', profile: { status: 'settling-professional', profession: 'infirmier' }, expectEligible: true }] }) });
    const error = await expectRefusal(english.publishScheme({ id, rowVersion }), 'BAD_REQUEST', 'incentives:errors.publishRefused');
    expect(refusalParams(error).reasons).toBe('test case "Nurse" fails (eligibility is not the expected one)');
  });
});

describe('concurrent edits', () => {
  it('refuses a save, a publication or an archiving made on a stale row version, and changes nothing', async () => {
    const { id, rowVersion } = await admin.createScheme({ slug: 'aide-concurrente', content: schemeContent() });
    const otherAdmin = await incentivesAs(platform, 'meuse', 'admin');
    await otherAdmin.saveSchemeDraft({ id, rowVersion, content: schemeContent({ kind: 'other' }) });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(admin.saveSchemeDraft({ id, rowVersion, content: schemeContent({ kind: 'housing' }) }), 'CONFLICT', 'incentives:errors.staleVersion');
    await expectRefusal(admin.publishScheme({ id, rowVersion }), 'CONFLICT', 'incentives:errors.staleVersion');
    await expectRefusal(admin.archiveScheme({ id, rowVersion }), 'CONFLICT', 'incentives:errors.staleVersion');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    expect((await admin.scheme({ id })).draft.kind).toBe('other');
    expect(translate('fr', 'incentives:errors.staleVersion')).toMatch(/entre-temps.*Rechargez/);
  });

  it('lets one of two simultaneous saves of the same version win', async () => {
    const { id, rowVersion } = await admin.createScheme({ slug: 'aide-simultanee', content: schemeContent() });
    const other = await incentivesAs(platform, 'meuse', 'admin');
    const outcomes = await Promise.allSettled([
      admin.saveSchemeDraft({ id, rowVersion, content: schemeContent({ kind: 'housing' }) }),
      other.saveSchemeDraft({ id, rowVersion, content: schemeContent({ kind: 'transport' }) }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect((await admin.scheme({ id })).rowVersion).toBe(rowVersion + 1);
  });
});

describe('archiving', () => {
  it('takes the scheme off the portal, keeps its versions, and publishing again brings it back', async () => {
    const { id, rowVersion } = await publishedScheme(admin, 'aide-archivee');
    const visitor = await incentivesAs(platform, 'meuse');
    expect((await visitor.portalSchemes()).map((scheme) => scheme.slug)).toContain('aide-archivee');
    const archived = await admin.archiveScheme({ id, rowVersion });
    expect(archived).toEqual({ rowVersion: rowVersion + 1, status: 'archived' });
    expect((await visitor.portalSchemes()).map((scheme) => scheme.slug)).not.toContain('aide-archivee');
    await expectRefusal(visitor.portalScheme({ slug: 'aide-archivee' }), 'NOT_FOUND', 'incentives:errors.schemeNotOnPortal');
    expect((await visitor.simulate({ profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: VERDUN } })).results.map((r) => r.slug)).not.toContain('aide-archivee');
    expect(await admin.scheme({ id })).toMatchObject({ status: 'archived', publishedVersion: 1, versions: [{ version: 1 }] });
    expect((await admin.schemes({ status: 'archived' })).map((scheme) => scheme.id)).toContain(id);
    await expectRefusal(admin.archiveScheme({ id, rowVersion: archived.rowVersion }), 'BAD_REQUEST', 'incentives:errors.schemeAlreadyArchived');

    const restored = await admin.publishScheme({ id, rowVersion: archived.rowVersion });
    expect(restored.version).toBe(1);
    expect((await visitor.portalScheme({ slug: 'aide-archivee' })).version).toBe(1);
  });
});

describe('refused input', () => {
  it('refuses a malformed or taken address, translated, and writes nothing', async () => {
    await admin.createScheme({ slug: 'aide-unique', content: schemeContent() });
    const before = await footprint(platform, 'meuse');
    for (const slug of ['Aide Majuscule', 'ab', 'aide--double', 'aide-accentuée', '-aide']) {
      await expectInvalidInput(admin.createScheme({ slug, content: schemeContent() }), { slug: 'incentives:errors.schemeSlugFormat' });
    }
    const taken = await expectRefusal(admin.createScheme({ slug: 'aide-unique', content: schemeContent() }), 'CONFLICT', 'incentives:errors.schemeSlugTaken');
    expect(translate('fr', taken.message, refusalParams(taken))).toContain('« aide-unique »');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('refuses an invalid content (no audience, negative amount, inverted range, short name) on creation and on save', async () => {
    const { id, rowVersion } = await admin.createScheme({ slug: 'aide-contenu', content: schemeContent() });
    const before = await footprint(platform, 'meuse');
    const invalid = [
      { ...schemeContent(), audiences: [] },
      { ...schemeContent(), amount: { mode: 'one-off', amountCents: -5 } },
      { ...schemeContent(), eligibility: { op: 'condition', condition: { type: 'age', range: { min: 40, max: 30 } } } },
      { ...schemeContent(), name: { fr: 'x', en: '' } },
    ];
    for (const content of invalid) {
      await expectInvalidInput(admin.createScheme({ slug: 'aide-invalide', content: content as never }));
      await expectInvalidInput(admin.saveSchemeDraft({ id, rowVersion, content: content as never }));
    }
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('lets only admins change schemes; every staff role reads them', async () => {
    const { id, rowVersion } = await admin.createScheme({ slug: 'aide-droits', content: schemeContent() });
    for (const role of ['officer', 'partner', 'viewer'] as const) {
      const staff = await incentivesAs(platform, 'meuse', role);
      expect((await staff.scheme({ id })).slug).toBe('aide-droits');
      await expect(staff.createScheme({ slug: `aide-${role}`, content: schemeContent() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(staff.saveSchemeDraft({ id, rowVersion, content: schemeContent() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(staff.publishScheme({ id, rowVersion })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect((await incentivesAs(platform, 'meuse')).schemes({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('tenant isolation', () => {
  it('gives Landes nothing of Meuse’s schemes, even by id, and lets it change none of them', async () => {
    const { id, rowVersion } = await publishedScheme(admin, 'aide-meusienne');
    const landes = await incentivesAs(platform, 'landes', 'admin');
    const meuseBefore = await footprint(platform, 'meuse');
    expect((await landes.schemes({})).map((scheme) => scheme.id)).not.toContain(id);
    await expectRefusal(landes.scheme({ id }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(landes.saveSchemeDraft({ id, rowVersion, content: schemeContent({ kind: 'other' }) }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(landes.publishScheme({ id, rowVersion }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(landes.archiveScheme({ id, rowVersion }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(landes.setEnvelope({ schemeId: id, year: 2026, envelopeCents: 1 }), 'NOT_FOUND', 'errors:notFound');
    expect(await footprint(platform, 'meuse')).toEqual(meuseBefore);

    // The same address is free in Landes; Meuse's communes are unknown there.
    const { id: landesId, rowVersion: landesVersion } = await landes.createScheme({ slug: 'aide-meusienne', content: schemeContent() });
    expect(landesId).not.toBe(id);
    const error = await expectRefusal(landes.publishScheme({ id: landesId, rowVersion: landesVersion }), 'BAD_REQUEST', 'incentives:errors.publishRefused');
    expect(String(refusalParams(error).reasons)).toContain(VERDUN);
    expect((await landes.territoryChoices()).communes.some((commune) => commune.code === VERDUN)).toBe(false);
  });
});
