import { describe, expect, it } from 'vitest';
import { demographyModule } from './demography.manifest';
import { scenarioInput, startImportInput } from './demography.schema';

type Resources = Record<string, unknown>;

function keysOf(resources: Resources, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Resources, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function lookup(resources: Resources, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Resources)[part] : undefined), resources);
}

describe('demography manifest', () => {
  const { fr, en } = demographyModule.locales;

  it('gives existing tenants the documented defaults and refuses out-of-range settings', () => {
    expect(demographyModule.tenantSettings.schema.parse({})).toMatchObject({ secrecyThreshold: 5, detourFactor: 1.3, speedKmh: 60, fullWeightMinutes: 10, lowWeightMinutes: 20, underservedPercentOfMean: 70 });
    expect(demographyModule.tenantSettings.schema.parse(undefined)).toEqual(demographyModule.tenantSettings.schema.parse({}));
    expect(demographyModule.tenantSettings.schema.safeParse({ mediumWeight: 1.5 }).success).toBe(false);
  });

  it('has the same keys in French and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('labels every permission, nav entry and setting in both languages', () => {
    const settingKeys = Object.keys(demographyModule.tenantSettings.schema.parse({}) as Resources).flatMap((key) => [`settings.${key}`, `settings.${key}_help`]);
    const keys = [
      'title',
      ...Object.values(demographyModule.permissions).map((p) => p.labelKey),
      ...demographyModule.nav.map((entry) => entry.labelKey),
      ...settingKeys,
    ];
    for (const key of keys) {
      expect(lookup(fr, key), `fr: ${key}`).toEqual(expect.any(String));
      expect(lookup(en, key), `en: ${key}`).toEqual(expect.any(String));
    }
  });

  it('lets readers see the overview and importers read what they import', () => {
    expect(demographyModule.nav.find((entry) => entry.key === 'overview')?.permission).toBe('demography.read');
    expect(demographyModule.permissions['demography.import'].dependsOn).toContain('demography.read');
    expect(demographyModule.permissions['demography.import'].grantedTo).toEqual(['admin', 'officer']);
    expect(demographyModule.permissions['demography.read'].grantedTo).toEqual(expect.arrayContaining(['partner', 'viewer']));
  });
});

describe('demography inputs', () => {
  it('needs a real extraction date and a file id to import', () => {
    expect(startImportInput.safeParse({ fileId: '00000000-0000-4000-8000-000000000000', extractedOn: '2024-12-01' }).success).toBe(true);
    expect(startImportInput.safeParse({ fileId: '00000000-0000-4000-8000-000000000000', extractedOn: '2024-13-01' }).success).toBe(false);
    expect(startImportInput.safeParse({ fileId: 'x', extractedOn: '2024-12-01' }).success).toBe(false);
  });

  it('refuses empty scenarios and zero changes', () => {
    expect(scenarioInput.safeParse({ subject: 'general-practice', changes: [] }).success).toBe(false);
    expect(scenarioInput.safeParse({ subject: 'general-practice', changes: [{ communeCode: '55545', deltaFte: 0 }] }).success).toBe(false);
    expect(scenarioInput.safeParse({ subject: 'dentistry', changes: [{ communeCode: '55545', deltaFte: 1 }] }).success).toBe(false);
  });
});
