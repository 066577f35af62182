import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule } from './define-module';
import { ModuleCatalog } from './module-catalog';
import { orderModules } from './module-order';
import { readTenantSettings } from './tenant-settings';

const settings = { version: 1, schema: z.object({}).default({}), upgrade: {} };
const locales = { fr: {}, en: {} };
const base = defineModule({
  id: 'base',
  version: '1.0.0',
  dependsOn: [],
  permissions: {
    'thing.read': { labelKey: 'p.read', grantedTo: ['admin', 'officer', 'viewer'] },
    'thing.manage': { labelKey: 'p.manage', grantedTo: ['admin', 'officer'], dependsOn: ['thing.read'] },
  },
  tenantSettings: settings,
  nav: [
    { key: 'things', labelKey: 'nav.things', path: 'things', area: 'admin', permission: 'thing.read', position: 20 },
    { key: 'manage', labelKey: 'nav.manage', path: 'manage', area: 'admin', permission: 'thing.manage', position: 10 },
  ],
  personalData: [],
  locales,
});
const child = defineModule({ ...base, id: 'child', dependsOn: ['base'], nav: [], permissions: {} });

describe('module order', () => {
  it('puts dependencies first', () => {
    expect(orderModules([child, base]).map((m) => m.id)).toEqual(['base', 'child']);
  });

  it('refuses unknown dependencies and cycles', () => {
    expect(() => orderModules([child])).toThrow('depends on unknown module "base"');
    const a = { id: 'a', dependsOn: ['b'] };
    const b = { id: 'b', dependsOn: ['a'] };
    expect(() => orderModules([a, b])).toThrow('cycle: a -> b -> a');
  });

  it('refuses a manifest whose ids are not kebab-case or whose permissions imply unknown ones', () => {
    expect(() => defineModule({ ...base, id: 'Bad_Id' })).toThrow('kebab-case');
    expect(() =>
      defineModule({ ...base, permissions: { 'x.manage': { labelKey: 'x', grantedTo: ['admin'], dependsOn: ['x.read'] } }, nav: [] }),
    ).toThrow('unknown "x.read"');
  });
});

describe('module catalog', () => {
  const catalog = new ModuleCatalog([child, base]);

  it('grants each role the permissions of enabled modules only', () => {
    expect([...catalog.permissionsFor('viewer', new Set(['base']))]).toEqual(['base:thing.read']);
    expect([...catalog.permissionsFor('officer', new Set(['base']))]).toEqual(['base:thing.read', 'base:thing.manage']);
    expect([...catalog.permissionsFor('admin', new Set())]).toEqual([]);
  });

  it('builds the navigation from enabled modules and permissions, by position', () => {
    const all = catalog.navFor(new Set(['base']), new Set(['base:thing.read', 'base:thing.manage']));
    expect(all.map((e) => e.key)).toEqual(['manage', 'things']);
    expect(catalog.navFor(new Set(['base']), new Set(['base:thing.read'])).map((e) => e.key)).toEqual(['things']);
    expect(catalog.navFor(new Set(), new Set(['base:thing.read']))).toEqual([]);
  });

  it('knows which modules depend on another', () => {
    expect(catalog.dependentsOf('base').map((m) => m.id)).toEqual(['child']);
  });
});

describe('tenant settings', () => {
  const definition = {
    version: 3,
    schema: z.object({ radiusKm: z.number().default(30), label: z.string().default('') }),
    upgrade: {
      1: (s: Record<string, unknown>) => ({ ...s, radiusKm: Number(s['radius'] ?? 30) }),
      2: (s: Record<string, unknown>) => ({ ...s, label: String(s['title'] ?? '') }),
    },
  };

  it('upgrades stored settings step by step and fills new defaults', () => {
    expect(readTenantSettings(definition, { settings: { radius: '12', title: 'Nord' }, version: 1 })).toEqual({ radiusKm: 12, label: 'Nord' });
    expect(readTenantSettings(definition, undefined)).toEqual({ radiusKm: 30, label: '' });
  });

  it('falls back to defaults when stored settings no longer parse', () => {
    expect(readTenantSettings(definition, { settings: { radiusKm: 'far' }, version: 3 })).toEqual({ radiusKm: 30, label: '' });
  });
});
