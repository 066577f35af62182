import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule, ModuleCatalog } from '@ancrage/module-sdk';
import { findDepartement } from './departements';
import { validateModuleSelection } from './module-settings';
import { tenantFileSchema } from '@ancrage/contracts';

const module = (id: string, dependsOn: string[] = []) =>
  defineModule({
    id,
    version: '1.0.0',
    dependsOn,
    permissions: {},
    tenantSettings: { version: 2, schema: z.object({ size: z.number().int().max(50).default(10) }), upgrade: {} },
    nav: [],
    personalData: [],
    locales: { fr: {}, en: {} },
  });
const catalog = new ModuleCatalog([module('base'), module('child', ['base'])]);

describe('tenant files', () => {
  it('accept a minimal département and fill defaults', () => {
    expect(tenantFileSchema.parse({ slug: 'vosges', name: 'Vosges', departementCode: '88' })).toMatchObject({
      defaultLocale: 'fr',
      branding: {},
      modules: {},
      hosts: [],
    });
  });

  it('refuse bad slugs, codes and colours', () => {
    expect(tenantFileSchema.safeParse({ slug: 'Vosges!', name: 'Vosges', departementCode: '88' }).success).toBe(false);
    expect(tenantFileSchema.safeParse({ slug: 'vosges', name: 'Vosges', departementCode: '8' }).success).toBe(false);
    expect(tenantFileSchema.safeParse({ slug: 'vosges', name: 'Vosges', departementCode: '88', branding: { primaryColor: 'red' } }).success).toBe(false);
  });

  it('knows INSEE départements and their région', () => {
    expect(findDepartement('40')).toEqual({ code: '40', name: 'Landes', regionCode: '75', regionName: 'Nouvelle-Aquitaine' });
    expect(findDepartement('2A')?.regionName).toBe('Corse');
    expect(findDepartement('99')).toBeUndefined();
  });
});

describe('module selection', () => {
  it('parses settings with defaults and the current version', () => {
    expect(validateModuleSelection(catalog, { base: { enabled: true, settings: {} } })).toEqual([{ id: 'base', enabled: true, settings: { size: 10 }, version: 2 }]);
  });

  it('refuses unknown modules, invalid settings and missing dependencies', () => {
    expect(() => validateModuleSelection(catalog, { nope: { enabled: true, settings: {} } })).toThrow('errors:modules.unknown');
    expect(() => validateModuleSelection(catalog, { base: { enabled: true, settings: { size: 500 } } })).toThrow();
    expect(() => validateModuleSelection(catalog, { child: { enabled: true, settings: {} } })).toThrow('errors:modules.dependencyDisabled');
  });
});
