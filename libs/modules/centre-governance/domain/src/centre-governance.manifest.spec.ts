import { describe, expect, it } from 'vitest';
import { centreGovernanceModule } from './centre-governance.manifest';

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
    expect(centreGovernanceModule.tenantSettings.schema.parse(undefined)).toEqual({ convocationNoticeDays: 15, secretariatEmail: '' });
    expect(centreGovernanceModule.tenantSettings.schema.parse({})).toEqual({ convocationNoticeDays: 15, secretariatEmail: '' });
    expect(centreGovernanceModule.tenantSettings.schema.safeParse({ convocationNoticeDays: 90 }).success).toBe(false);
    expect(centreGovernanceModule.tenantSettings.schema.safeParse({ secretariatEmail: 'pas-une-adresse' }).success).toBe(false);
  });

  it('has the same keys in French and English, none empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
    for (const key of keysOf(fr)) {
      expect(lookup(fr, key), `fr: ${key}`).not.toBe('');
      expect(lookup(en, key), `en: ${key}`).not.toBe('');
    }
  });

  it('labels every permission, nav entry, personal data and setting in both languages', () => {
    const settingKeys = Object.keys(centreGovernanceModule.tenantSettings.schema.parse({}) as Resources).flatMap((key) => [`settings.${key}`, `settings.${key}_help`]);
    const keys = [
      'title',
      ...Object.values(centreGovernanceModule.permissions).map((p) => p.labelKey),
      ...centreGovernanceModule.nav.map((entry) => entry.labelKey),
      ...centreGovernanceModule.personalData.map((entry) => entry.labelKey),
      ...settingKeys,
    ];
    for (const key of keys) {
      expect(lookup(fr, key), `fr: ${key}`).toEqual(expect.any(String));
      expect(lookup(en, key), `en: ${key}`).toEqual(expect.any(String));
    }
  });

  it('keeps personal data and money to the staff who need them, and lets managers read what they manage', () => {
    const { permissions } = centreGovernanceModule;
    expect(permissions['staff.read'].grantedTo).toEqual(['admin', 'officer']);
    expect(permissions['finance.read'].grantedTo).not.toContain('partner');
    for (const [key, permission] of Object.entries(permissions)) {
      if (!key.endsWith('.manage')) continue;
      const read = key.replace('.manage', '.read') as keyof typeof permissions;
      expect(permission.dependsOn).toContain(read);
      expect(permissions[read].grantedTo).toEqual(expect.arrayContaining([...permission.grantedTo]));
    }
  });

  it('guards every admin entry with a read permission', () => {
    for (const entry of centreGovernanceModule.nav.filter((e) => e.area === 'admin')) expect(entry.permission).toMatch(/\.read$/);
  });
});
