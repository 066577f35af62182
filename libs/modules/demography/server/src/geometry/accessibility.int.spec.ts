import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, seedTwoTenants, type TestPlatform } from '@ancrage/registry/testing';
import { gp, rppsFile } from '../testing/rpps-test-file';
import { uploadFile } from '../testing/upload';

const geo = join(import.meta.dirname, '../../../../../../../shared/data/geo');
const contours = (departement: string) => JSON.parse(readFileSync(join(geo, `communes-${departement}.geojson`), 'utf8')) as { type: string; features: unknown[] };

let platform: TestPlatform;
const as = async (tenant: string, role?: string) => (await platform.caller({ tenant, user: role ? `${role}@${tenant}.test` : undefined })).demography;

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  // Verdun and Bar-le-Duc well served, Commercy with one doctor, a doctor across the border in Toul (54).
  const rows = [
    ...Array.from({ length: 12 }, (_, i) => gp(`2000000${String(i).padStart(4, '0')}`, { communeCode: '55545' })),
    ...Array.from({ length: 10 }, (_, i) => gp(`2100000${String(i).padStart(4, '0')}`, { communeCode: '55029' })),
    gp('22000000001', { communeCode: '55122' }),
    gp('22000000002', { communeCode: '54528' }),
  ];
  const file = await uploadFile(platform, 'meuse', 'rpps.txt', rppsFile(rows));
  await (await as('meuse', 'officer')).startImport({ fileId: file.id, extractedOn: '2025-12-01' });
  await platform.runJobs();
});
afterAll(() => platform?.close());

describe('commune contours', () => {
  it('says what is missing before any contour is imported', async () => {
    const officer = await as('meuse', 'officer');
    expect(await officer.geometryStatus()).toMatchObject({ homeCommunes: 499, homePlaced: 0 });
    expect((await officer.accessibility({ subject: 'general-practice' })).communes).toEqual([]);
    expect((await officer.mapShapes()).home.features).toEqual([]);
  });

  it('refuses a file that is not GeoJSON, and one without any usable contour, writing nothing', async () => {
    const officer = await as('meuse', 'officer');
    const text = await uploadFile(platform, 'meuse', 'notes.txt', 'pas du geojson');
    await expect(officer.importContours({ fileId: text.id })).rejects.toThrow('demography:contours.notGeoJson');
    const paris = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '75056' }, geometry: { type: 'Point', coordinates: [2.35, 48.85] } }] };
    const useless = await uploadFile(platform, 'meuse', 'paris.geojson', JSON.stringify(paris), 'application/geo+json');
    await expect(officer.importContours({ fileId: useless.id })).rejects.toThrow('demography:contours.nothingValid');
    expect(await officer.geometryStatus()).toMatchObject({ homePlaced: 0, areaPlaced: 0 });
  });

  it('imports contours and centroids, listing unknown communes and invalid geometries', async () => {
    const collection = { type: 'FeatureCollection', features: [...contours('55').features, ...contours('54').features, { type: 'Feature', properties: { code: '55999' }, geometry: null }] };
    collection.features.push({ type: 'Feature', properties: { code: '75056', nom: 'Paris' }, geometry: { type: 'Polygon', coordinates: [[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.8]]] } });
    const file = await uploadFile(platform, 'meuse', 'communes.geojson', JSON.stringify(collection), 'application/geo+json');
    const report = await (await as('meuse', 'officer')).importContours({ fileId: file.id });
    expect(report).toMatchObject({ imported: 499 + 591, unknownCount: 1, unknown: ['75056'], invalidCount: 1, invalid: [{ feature: 1091, code: '55999' }] });
    const viewer = await as('meuse', 'viewer');
    expect(await viewer.geometryStatus()).toMatchObject({ homeCommunes: 499, homePlaced: 499 });
    const shapes = await viewer.mapShapes();
    expect(shapes.home.features).toHaveLength(499);
    expect(shapes.context.features).toHaveLength(591);
  });

  it('computes accessibility with the supply across the border, and classes communes', async () => {
    const { communes, threshold } = await (await as('meuse', 'partner')).accessibility({ subject: 'general-practice' });
    expect(communes).toHaveLength(499);
    const value = (code: string) => communes.find((c) => c.code === code)?.value ?? NaN;
    expect(value('55545')).toBeGreaterThan(value('55122'));
    expect(threshold).toBeGreaterThan(0);
    expect(communes.find((c) => c.code === '55545')?.serviceClass).toBe('served');
    expect(value('55351')).toBe(0); // Montmédy, in the north, beyond 20 minutes of every doctor
    expect(communes.some((c) => c.serviceClass === 'underserved')).toBe(true);
  });

  it('simulates departures and arrivals, and ranks where one more FTE helps the most', async () => {
    const officer = await as('meuse', 'officer');
    const arrival = await officer.scenario({ subject: 'general-practice', changes: [{ communeCode: '55122', deltaFte: 3 }] });
    expect(arrival.changed.length).toBeGreaterThan(0);
    expect(arrival.changed.every((c) => c.after >= c.before)).toBe(true);
    expect(arrival.newlyServedInhabitants).toBeGreaterThan(0);
    expect(arrival.underservedInhabitantsAfter).toBeLessThan(arrival.underservedInhabitantsBefore);

    const departure = await officer.scenario({ subject: 'general-practice', changes: [{ communeCode: '55029', deltaFte: -10 }] });
    expect(departure.changed.every((c) => c.after <= c.before)).toBe(true);
    expect(departure.newlyUnderservedInhabitants).toBeGreaterThan(0);

    const { placements } = await officer.placements({ subject: 'general-practice', fte: 1, limit: 5 });
    expect(placements).toHaveLength(5);
    expect(placements[0]!.underservedGain).toBeGreaterThanOrEqual(placements[4]!.underservedGain);
    await expect(officer.scenario({ subject: 'general-practice', changes: [{ communeCode: '75056', deltaFte: 1 }] })).rejects.toThrow('demography:accessibility.communeWithoutCentroid');
  });

  it('shows the public aggregates only, small counts hidden, and no map for another département', async () => {
    const visitor = await as('meuse');
    const { rows, total, secrecyThreshold } = await visitor.publicIndicators({ subject: 'general-practice' });
    expect(secrecyThreshold).toBe(5);
    expect(rows.find((r) => r.code === '55545')).toMatchObject({ headcount: 12 });
    expect(rows.find((r) => r.code === '55122')).toMatchObject({ headcount: null, densityPer100k: null });
    expect(rows.find((r) => r.code === '55001')).toMatchObject({ headcount: 0, densityPer100k: 0 });
    expect(total).toMatchObject({ headcount: 23 });
    expect(JSON.stringify(rows)).not.toContain('MEDECIN');
    expect((await visitor.publicMapShapes()).features).toHaveLength(499);
    expect((await (await as('landes')).publicMapShapes()).features).toEqual([]);
    await expect((await as('landes', 'officer')).commune({ code: '55545' })).rejects.toThrow('demography:commune.notFound');
  });

  it('explains settings that cannot make a catchment', async () => {
    const admin = await platform.caller({ tenant: 'meuse', user: 'admin@meuse.test' });
    await admin.admin.modules.updateSettings({ moduleId: 'demography', settings: { fullWeightMinutes: 25 } });
    await expect((await as('meuse', 'officer')).accessibility({ subject: 'general-practice' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'demography:accessibility.problems.bandsNotIncreasing',
    });
    await admin.admin.modules.updateSettings({ moduleId: 'demography', settings: {} });
  });
});
