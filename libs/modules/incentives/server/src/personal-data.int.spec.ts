import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '@ancrage/registry/testing';
import { applicationIn, draftApplication, grantContent, inTenant, newCandidate, publishScheme, staffAs, startPlatform, STUDENT, type IncentivesCaller } from './applications/applications.int-helpers';

let platform: TestPlatform;
let officer: IncentivesCaller;
const GRANT = { slug: 'bourse-rgpd', kind: 'grant' as const };

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  await publishScheme(platform, 'meuse', GRANT.slug, grantContent());
}, 60_000);
afterAll(() => platform?.close());

const personalData = async () => (await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' })).admin.personalData;

describe('the personal data of candidates', () => {
  it('are exported with their applications, history, documents and payments', async () => {
    const paying = await applicationIn(platform, GRANT, 'being-paid', officer);
    const api = await personalData();
    const exported = await api.export({ email: paying.email });
    const mine = exported.modules['incentives'] as Record<string, Record<string, unknown>[]>;
    expect(mine['applications']).toEqual([expect.objectContaining({ id: paying.id, email: paying.email, status: 'being-paid' })]);
    expect(mine['history']!.map((event) => event['toStatus'])).toContain('being-paid');
    expect(mine['documents']!.map((document) => document['documentKey']).sort()).toEqual(['certificate', 'identity']);
    expect(mine['payments']).toHaveLength(3);
    expect(JSON.stringify(mine)).not.toContain('"tenantId"');
  });

  it('are erased: drafts deleted, decided files kept for the accounts without anyone in them', async () => {
    const email = newCandidate('effacee');
    const draft = await draftApplication(platform, 'meuse', email, 'bourse-rgpd', STUDENT, ['identity']);
    await draft.candidate.withdrawMyApplication({ id: draft.id, rowVersion: draft.rowVersion });
    const second = await draftApplication(platform, 'meuse', email, 'bourse-rgpd', STUDENT, ['identity']);
    const fileIds = await inTenant(platform, 'meuse', async (db) => (await db.selectFrom('incentivesApplicationDocument').select('fileId').where('applicationId', 'in', [draft.id, second.id]).execute()).map((row) => row.fileId));
    expect(fileIds).toHaveLength(2);
    const api = await personalData();
    const erased = await api.erase({ email });
    expect(erased.erased).toBeGreaterThanOrEqual(2);

    const rows = await inTenant(platform, 'meuse', (db) => db.selectFrom('incentivesApplication').selectAll().where('id', 'in', [draft.id, second.id]).execute());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: draft.id, status: 'withdrawn', firstName: '—', lastName: '—', email: '', phone: '', birthDate: null, applicantUserId: null, profile: { status: 'student', profession: 'medecin', receiving: [] } });
    const leftovers = await inTenant(platform, 'meuse', async (db) => ({
      documents: await db.selectFrom('incentivesApplicationDocument').select('id').where('applicationId', '=', draft.id).execute(),
      files: await db.selectFrom('platformFile').select('id').where('id', 'in', fileIds).execute(),
    }));
    expect(leftovers).toEqual({ documents: [], files: [] });
    expect((await api.export({ email })).modules['incentives']).toEqual({});
  });
});
