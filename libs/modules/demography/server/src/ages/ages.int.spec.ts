import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, seedTwoTenants, type TestPlatform } from '@ancrage/registry/testing';
import { gp, rppsFile } from '../testing/rpps-test-file';
import { uploadFile } from '../testing/upload';

let platform: TestPlatform;
const as = async (tenant: string, role: string) => (await platform.caller({ tenant, user: `${role}@${tenant}.test` })).demography;

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  const file = await uploadFile(platform, 'meuse', 'rpps.txt', rppsFile(['1', '2', '3', '4'].map((n) => gp(`3000000000${n}`, { communeCode: '55545' }))));
  await (await as('meuse', 'officer')).startImport({ fileId: file.id, extractedOn: '2025-12-01' });
  await platform.runJobs();
});
afterAll(() => platform?.close());

describe('age source', () => {
  it('has no age profile before an age source is imported', async () => {
    expect((await (await as('meuse', 'viewer')).ageProfile({ subject: 'general-practice' })).profile).toBeNull();
  });

  it('refuses a file with a bad line as a whole, naming the lines', async () => {
    const officer = await as('meuse', 'officer');
    const bad = await uploadFile(platform, 'meuse', 'ages.csv', 'identifiant;annee_naissance\n830000000001;1958\n830000000002;19xx\n;1970\n');
    await expect(officer.importBirthYears({ fileId: bad.id, source: 'Ordre des médecins, 2025' })).rejects.toMatchObject({
      message: 'demography:ages.invalidLines',
      cause: { params: { count: 2, lines: '3, 4' } },
    });
    const wrong = await uploadFile(platform, 'meuse', 'other.csv', 'nom;age\nx;3\n');
    await expect(officer.importBirthYears({ fileId: wrong.id, source: 'x source' })).rejects.toThrow('demography:ages.missingColumns');
    expect((await officer.ageProfile({ subject: 'general-practice' })).profile).toBeNull();
  });

  it('gives the share aged 60 and over and the departures at 67 to come', async () => {
    const officer = await as('meuse', 'officer');
    const csv = 'identifiant;annee_naissance\n830000000001;1958\n830000000002;1963\n830000000003;1990\n899999999999;1950\n';
    const file = await uploadFile(platform, 'meuse', 'ages.csv', `\uFEFF${csv}`);
    expect(await officer.importBirthYears({ fileId: file.id, source: 'Ordre des médecins, 2025' })).toEqual({ imported: 4 });
    const { profile, source, referenceYear } = await officer.ageProfile({ subject: 'general-practice' });
    expect(source).toBe('Ordre des médecins, 2025');
    expect(referenceYear).toBe(2025);
    // Aged 67, 62 and 35 in 2025; the fourth doctor's age is unknown.
    expect(profile).toEqual({ known: 3, unknown: 1, agedSixtyOrMore: 2, shareSixtyOrMore: 2 / 3, departuresWithin5Years: 2, departuresWithin10Years: 2 });
  });

  it('keeps ages to their département', async () => {
    expect((await (await as('landes', 'admin')).ageProfile({ subject: 'general-practice' })).source).toBeNull();
  });
});
