import { describe, expect, it } from 'vitest';
import { AUDIENCES, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES, FOLLOW_UPS, QUESTION_PRESETS, QUESTION_TYPES, REGISTRATION_STATUSES } from './audiences';
import { eventsModule } from './events.manifest';

type Resources = Record<string, unknown>;

function keysOf(resources: Resources, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Resources, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function lookup(resources: Resources, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Resources)[part] : undefined), resources);
}

describe('events manifest', () => {
  const { fr, en } = eventsModule.locales;

  it('gives existing tenants the default settings and checks the contact address', () => {
    expect(eventsModule.tenantSettings.schema.parse(undefined)).toEqual({ reminderHoursBefore: 48, contactEmail: '' });
    expect(eventsModule.tenantSettings.schema.safeParse({ contactEmail: 'pas une adresse' }).success).toBe(false);
    expect(eventsModule.tenantSettings.schema.safeParse({ reminderHoursBefore: -1 }).success).toBe(false);
  });

  it('has the same keys in French and English, none empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
    const emptyAllowed = /^questionPresets\.\w+\.options$/;
    for (const key of keysOf(fr).filter((k) => !emptyAllowed.test(k))) {
      expect(lookup(fr, key), `fr: ${key}`).not.toBe('');
      expect(lookup(en, key), `en: ${key}`).not.toBe('');
    }
  });

  it('labels every permission, nav entry, setting, personal data and choice in both languages', () => {
    const settingKeys = Object.keys(eventsModule.tenantSettings.schema.parse({}) as Resources).flatMap((key) => [`settings.${key}`, `settings.${key}_help`]);
    const keys = [
      'title',
      ...Object.values(eventsModule.permissions).map((p) => p.labelKey),
      ...eventsModule.nav.map((entry) => entry.labelKey),
      ...eventsModule.personalData.map((entry) => entry.labelKey),
      ...settingKeys,
      ...EVENT_KINDS.map((k) => `kinds.${k}`),
      ...EVENT_FORMATS.map((k) => `formats.${k}`),
      ...EVENT_STATUSES.map((k) => `statuses.${k}`),
      ...AUDIENCES.map((k) => `audiences.${k}`),
      ...REGISTRATION_STATUSES.map((k) => `registrationStatuses.${k}`),
      ...FOLLOW_UPS.map((k) => `followUps.${k}`),
      ...QUESTION_TYPES.map((k) => `questionTypes.${k}`),
      ...QUESTION_PRESETS.map((k) => `questionPresets.${k}.label`),
    ];
    for (const key of keys) {
      expect(lookup(fr, key), `fr: ${key}`).toEqual(expect.any(String));
      expect(lookup(en, key), `en: ${key}`).toEqual(expect.any(String));
    }
  });

  it("keeps registrants' data to the staff who run events", () => {
    expect(eventsModule.permissions['registration.read'].grantedTo).toEqual(['admin', 'officer']);
    expect(eventsModule.permissions['event.read'].grantedTo).toEqual(expect.arrayContaining(['partner', 'viewer']));
    expect(eventsModule.nav.filter((entry) => entry.area === 'admin').every((entry) => entry.permission === 'event.read')).toBe(true);
  });
});
