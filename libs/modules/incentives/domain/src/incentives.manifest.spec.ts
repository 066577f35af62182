import { describe, expect, it } from 'vitest';
import { incentivesModule } from './incentives.manifest';
import { localeParts } from './locales';

type Resources = Record<string, unknown>;

function keysOf(resources: Resources, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Resources, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function lookup(resources: Resources, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Resources)[part] : undefined), resources);
}

describe('incentives manifest', () => {
  const { fr, en } = incentivesModule.locales;
  const settings = incentivesModule.tenantSettings.schema;

  it('gives existing tenants the default settings and refuses out-of-range ones', () => {
    const defaults = { contactEmail: '', commitmentCheckMonths: 12, paymentReminderDays: 7 };
    expect(settings.parse(undefined)).toEqual(defaults);
    expect(settings.parse({})).toEqual(defaults);
    expect(settings.parse({ contactEmail: ' aides@departement.fr ' }).contactEmail).toBe('aides@departement.fr');
    expect(settings.safeParse({ contactEmail: 'not an address' }).success).toBe(false);
    expect(settings.safeParse({ commitmentCheckMonths: 0 }).success).toBe(false);
    expect(settings.safeParse({ paymentReminderDays: 61 }).success).toBe(false);
  });

  it('has the same keys in French and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('has the same keys in the French and English file of each part', () => {
    localeParts.fr.forEach((part, index) => {
      expect(keysOf(localeParts.en[index] ?? {}).sort()).toEqual(keysOf(part).sort());
    });
  });

  it('defines every message in one part only', () => {
    for (const parts of [localeParts.fr, localeParts.en]) {
      const seen = new Map<string, number>();
      parts.forEach((part, index) => {
        for (const key of keysOf(part)) {
          expect(seen.get(key), `${key} is defined in parts ${seen.get(key)} and ${index}`).toBeUndefined();
          seen.set(key, index);
        }
      });
      // A part that turns another part's message into a group (or the reverse) would also break the merge.
      const leaves = [...seen.keys()];
      for (const key of leaves) expect(leaves.some((other) => other.startsWith(`${key}.`)), key).toBe(false);
    }
  });

  it('labels every permission, nav entry and setting in both languages', () => {
    const settingKeys = Object.keys(settings.parse({}) as Resources).flatMap((key) => [`settings.${key}`, `settings.${key}_help`]);
    const keys = [
      'title',
      ...Object.values(incentivesModule.permissions).map((p) => p.labelKey),
      ...incentivesModule.nav.map((entry) => entry.labelKey),
      ...incentivesModule.personalData.map((entry) => entry.labelKey),
      ...settingKeys,
    ];
    for (const key of keys) {
      expect(lookup(fr, key), `fr: ${key}`).toEqual(expect.any(String));
      expect(lookup(en, key), `en: ${key}`).toEqual(expect.any(String));
    }
  });

  it('lets readers see the admin entries and managers read what they manage', () => {
    const { permissions } = incentivesModule;
    expect(incentivesModule.nav.filter((entry) => entry.area === 'admin').every((entry) => entry.permission === 'scheme.read')).toBe(true);
    for (const [name, permission] of Object.entries(permissions)) {
      for (const required of permission.dependsOn ?? []) {
        const requirement = permissions[required as keyof typeof permissions];
        expect(requirement, `${name} depends on ${required}`).toBeDefined();
        // Whoever holds a permission also holds what it depends on.
        expect(requirement.grantedTo, `${name} → ${required}`).toEqual(expect.arrayContaining([...permission.grantedTo]));
      }
    }
    expect(permissions['scheme.manage'].grantedTo).toEqual(['admin']);
    expect(permissions['budget.override'].grantedTo).toEqual(['admin']);
  });
});
