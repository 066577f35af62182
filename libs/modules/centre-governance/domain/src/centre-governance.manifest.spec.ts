import { describe, expect, it } from 'vitest';
import { centreGovernanceModule } from './centre-governance.manifest';
import { itemInput, itemListInput } from './centre-governance.schema';

type Resources = Record<string, unknown>;

function keysOf(resources: Resources, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Resources, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function lookup(resources: Resources, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Resources)[part] : undefined), resources);
}

describe('centre-governance manifest', () => {
  const { fr, en } = centreGovernanceModule.locales;

  it('gives existing tenants the default settings', () => {
    expect(centreGovernanceModule.tenantSettings.schema.parse(undefined)).toEqual({ pageSize: 25 });
    expect(centreGovernanceModule.tenantSettings.schema.parse({})).toEqual({ pageSize: 25 });
    expect(centreGovernanceModule.tenantSettings.schema.safeParse({ pageSize: 5 }).success).toBe(false);
  });

  it('has the same keys in French and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('labels every permission, nav entry and setting in both languages', () => {
    const settingKeys = Object.keys(centreGovernanceModule.tenantSettings.schema.parse({}) as Resources).flatMap((key) => [`settings.${key}`, `settings.${key}_help`]);
    const keys = [
      'title',
      ...Object.values(centreGovernanceModule.permissions).map((p) => p.labelKey),
      ...centreGovernanceModule.nav.map((entry) => entry.labelKey),
      ...settingKeys,
    ];
    for (const key of keys) {
      expect(lookup(fr, key), `fr: ${key}`).toEqual(expect.any(String));
      expect(lookup(en, key), `en: ${key}`).toEqual(expect.any(String));
    }
  });

  it('lets readers see the admin entries and managers read what they manage', () => {
    expect(centreGovernanceModule.nav.filter((entry) => entry.area === 'admin').every((entry) => entry.permission === 'item.read')).toBe(true);
    expect(centreGovernanceModule.permissions['item.manage'].dependsOn).toContain('item.read');
    expect(centreGovernanceModule.permissions['item.read'].grantedTo).toEqual(expect.arrayContaining([...centreGovernanceModule.permissions['item.manage'].grantedTo]));
  });
});

describe('centre-governance inputs', () => {
  it('trims names and fills the optional description', () => {
    expect(itemInput.parse({ name: '  Premier élément ' })).toEqual({ name: 'Premier élément', description: '' });
  });

  it('refuses a name that is too short', () => {
    expect(itemInput.safeParse({ name: ' a ' }).success).toBe(false);
  });

  it('lists the first page by default', () => {
    expect(itemListInput.parse(undefined)).toEqual({ page: 1 });
  });
});
