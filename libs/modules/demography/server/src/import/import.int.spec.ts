import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@ancrage/db';
import { createTestPlatform, seedTwoTenants, type TestPlatform } from '@ancrage/registry/testing';
import { gp, nurse, rppsFile, rppsLine } from '../testing/rpps-test-file';
import { uploadFile } from '../testing/upload';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
});
afterAll(() => platform?.close());

const as = async (tenant: string, role: string) => (await platform.caller({ tenant, user: `${role}@${tenant}.test` })).demography;

const upload = (tenant: string, name: string, text: string) => uploadFile(platform, tenant, name, text);

async function importFile(tenant: string, text: string, extractedOn: string) {
  const file = await upload(tenant, `PS_LibreAcces_Personne_activite_${extractedOn}.txt`, text);
  const { snapshotId } = await (await as(tenant, 'officer')).startImport({ fileId: file.id, extractedOn });
  await platform.runJobs();
  return snapshotId;
}

const MEUSE_2024 = rppsFile([
  gp('10000000001', { communeCode: '55545', postalCode: '55100' }), // Verdun, first of two sites
  gp('10000000001', { communeCode: '55029', postalCode: '55000' }), // Bar-le-Duc, second site
  gp('10000000002', { postalCode: '55300', cedexOffice: '55300 ST MIHIEL' }), // no commune code: postcode + town
  gp('10000000003', { postalCode: '55430', cedexOffice: '55430 BELLEVILLE' }), // postcode of a single commune
  nurse('10000000004', { communeCode: '51454', postalCode: '51100' }), // Reims: a neighbour, kept
  nurse('10000000005', { communeCode: '75056', postalCode: '75001' }), // Paris: outside
  rppsLine({ identifierType: '5', identifier: 'X', professionCode: '10' }), // malformed: unknown identifier type
  gp('10000000006', { postalCode: '55300', cedexOffice: '55300 NULLE PART' }), // unresolved
  gp('10000000007', { communeCode: '55545', modeCode: 'S' }), // Verdun, salaried, first of two scattered rows
  nurse('10000000008', { communeCode: '55545' }),
  gp('10000000007', { communeCode: '55122' }), // Commercy, the same doctor again later in the file
]);

describe('RPPS import', () => {
  let first: string;

  it('imports the rows of the département and its neighbours, with a report of the others', async () => {
    first = await importFile('meuse', MEUSE_2024, '2024-12-01');
    const status = await (await as('meuse', 'viewer')).importStatus({ snapshotId: first });
    expect(status).toMatchObject({ status: 'ready', extractedOn: '2024-12-01', bytesRead: Buffer.byteLength(MEUSE_2024) });
    expect(status.counts).toEqual({ rowsRead: 11, kept: 9, outsideArea: 1, malformed: 1, unresolved: 1, professionals: 7 });
    expect(status.malformed).toEqual([{ line: 8, problem: 'unknownIdentifierType' }]);
    expect(status.unresolved).toEqual([{ line: 9, postalCode: '55300', town: 'NULLE PART' }]);
  });

  it('counts headcount, ½ + ½ for two sites (even scattered) and the libéral/salarié split', async () => {
    const officer = await as('meuse', 'officer');
    const { rows, total, snapshot } = await officer.indicators({ subject: 'general-practice', level: 'commune' });
    expect(snapshot?.id).toBe(first);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('55545')).toMatchObject({ headcount: 2, fte: 1, liberalFte: 0.5, salariedFte: 0.5 });
    expect(byCode.get('55029')).toMatchObject({ headcount: 1, fte: 0.5 });
    expect(byCode.get('55122')).toMatchObject({ headcount: 1, fte: 0.5 });
    expect(byCode.get('55463')).toMatchObject({ headcount: 1, fte: 1 });
    expect(byCode.get('55043')).toMatchObject({ headcount: 1, fte: 1 });
    expect(total).toMatchObject({ headcount: 4, fte: 4 });
    expect(total?.densityPer100k).toBeCloseTo((4 * 100_000) / (total?.population ?? 1));

    const departements = await officer.indicators({ subject: 'nurses', level: 'departement' });
    expect(departements.rows.find((r) => r.code === '51')).toMatchObject({ headcount: 1 });
    expect(departements.rows.find((r) => r.code === '55')).toMatchObject({ headcount: 1 });
    expect(departements.rows.map((r) => r.code).sort()).toEqual(['08', '51', '52', '54', '55', '88']);
  });

  it('lists the communes and EPCI without any general practitioner', async () => {
    const { communes, epcis } = await (await as('meuse', 'partner')).withoutGeneralPractice();
    expect(communes.some((c) => c.code === '55545')).toBe(false);
    expect(communes.some((c) => c.code === '55001')).toBe(true);
    expect(communes.length).toBeGreaterThan(400);
    expect(epcis.every((e) => e.headcount === 0)).toBe(true);
  });

  it('changes nothing when the same file comes again', async () => {
    const file = await upload('meuse', 'again.txt', MEUSE_2024);
    await expect((await as('meuse', 'officer')).startImport({ fileId: file.id, extractedOn: '2025-01-01' })).rejects.toThrow('demography:import.alreadyImported');
    expect(await (await as('meuse', 'officer')).snapshots()).toHaveLength(1);
  });

  it('refuses a file that is not the RPPS extract before writing anything, naming the missing columns', async () => {
    const file = await upload('meuse', 'autre.csv', 'code;nom\n55545;Verdun\n');
    const refusal = (await as('meuse', 'officer')).startImport({ fileId: file.id, extractedOn: '2025-02-01' });
    await expect(refusal).rejects.toMatchObject({ message: 'demography:import.missingColumns', cause: { params: { columns: expect.stringContaining('Code profession') } } });
    expect(await (await as('meuse', 'officer')).snapshots()).toHaveLength(1);
  });

  it('restarts an interrupted import from scratch, and a failed one leaves the previous snapshot in use', async () => {
    const officer = await as('meuse', 'officer');
    const text = rppsFile([gp('10000000001', { communeCode: '55545' }), gp('10000000009', { communeCode: '55029' })], '\r\n');
    const file = await upload('meuse', 'crlf.txt', `\uFEFF${text}`);
    const { snapshotId } = await officer.startImport({ fileId: file.id, extractedOn: '2025-12-01' });
    // A worker died mid-import: the snapshot says importing and holds a partial, wrong row.
    const tenantId = await platform.tenantId('meuse');
    await platform.database.db.updateTable('demographySnapshot' as never).set({ status: 'importing' } as never).where('id' as never, '=', snapshotId as never).execute();
    await withTenant(platform.database.db, tenantId, (db) =>
      db
        .insertInto('demographySituation' as never)
        .values({ tenantId, snapshotId, lineNumber: 99, nationalId: 'partial', idType: 'rpps', lastName: '', firstName: '', professionCode: '10', professionLabel: '', resolvedBy: 'code', communeCode: '55545', specialtyCode: 'SM54', weight: 1 } as never)
        .execute(),
    );
    await platform.runJobs();
    expect(await officer.importStatus({ snapshotId })).toMatchObject({ status: 'ready', counts: { rowsRead: 2, kept: 2 } });
    const latest = await officer.indicators({ subject: 'general-practice' });
    expect(latest.snapshot?.id).toBe(snapshotId);
    expect(latest.total).toMatchObject({ headcount: 2 });

    const evolution = await officer.evolution({ subject: 'general-practice', fromSnapshotId: first, toSnapshotId: snapshotId });
    expect(evolution).toMatchObject({ before: 4, after: 2, arrivals: 1, departures: 3 });
    expect(evolution.communes.find((c) => c.communeCode === '55029')).toMatchObject({ before: 1, after: 1, arrivals: 1, departures: 1, net: 0 });

    // The next file vanishes from storage: that import fails, the ready snapshots stay.
    const lost = await upload('meuse', 'lost.txt', rppsFile([gp('10000000010', { communeCode: '55545' })]));
    const failing = await officer.startImport({ fileId: lost.id, extractedOn: '2026-06-01' });
    const stored = await platform.database.db.selectFrom('platformFile').select('storageKey').where('id', '=', lost.id).executeTakeFirstOrThrow();
    await platform.services.files.delete(stored.storageKey);
    await platform.runJobs();
    expect(await officer.importStatus({ snapshotId: failing.snapshotId })).toMatchObject({ status: 'failed', errorKey: 'import.fileMissing' });
    expect((await officer.indicators({ subject: 'general-practice' })).snapshot?.id).toBe(snapshotId);
  });

  it('keeps each département to its own snapshots and files', async () => {
    const landes = await as('landes', 'admin');
    expect(await landes.snapshots()).toEqual([]);
    expect((await landes.indicators({ subject: 'general-practice' })).snapshot).toBeNull();
    await expect(landes.importStatus({ snapshotId: first })).rejects.toThrow('demography:import.snapshotNotFound');
    await expect(landes.deleteSnapshot({ snapshotId: first })).rejects.toThrow('demography:import.snapshotNotFound');
    await expect(landes.indicators({ subject: 'general-practice', snapshotId: first })).rejects.toThrow('demography:import.snapshotNotFound');
    const meuseFile = await upload('meuse', 'meuse-only.txt', rppsFile([gp('10000000011', { communeCode: '55545' })]));
    await expect(landes.startImport({ fileId: meuseFile.id, extractedOn: '2024-12-01' })).rejects.toThrow('demography:import.fileNotFound');
    expect(await (await as('meuse', 'officer')).snapshots()).toHaveLength(3);
  });

  it('lets only officers and admins import', async () => {
    const file = await upload('meuse', 'viewer.txt', rppsFile([gp('10000000012', { communeCode: '55545' })]));
    for (const role of ['viewer', 'partner']) {
      await expect((await as('meuse', role)).startImport({ fileId: file.id, extractedOn: '2023-12-01' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
