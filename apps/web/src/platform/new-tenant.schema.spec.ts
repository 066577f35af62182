import { describe, expect, it } from 'vitest';
import { contrastWithWhite, newTenantSchema, slugFrom, toNewTenantInput, type NewTenantValues } from './new-tenant.schema';

const values: NewTenantValues = {
  slug: 'vosges',
  name: ' Département des Vosges ',
  departementCode: '88',
  defaultLocale: 'fr',
  primaryColor: '#20507a',
  accentColor: '',
  logoUrl: '',
  taglineFr: 'Les Vosges vous accueillent.',
  taglineEn: '',
  introFr: '',
  introEn: '',
  modules: ['territory'],
};

describe('new tenant form', () => {
  it('sends what the API expects, leaving out empty optional fields', () => {
    const input = toNewTenantInput(values);
    expect(input).toEqual({
      slug: 'vosges',
      name: 'Département des Vosges',
      departementCode: '88',
      defaultLocale: 'fr',
      branding: { primaryColor: '#20507a', accentColor: undefined, logoUrl: undefined, tagline: { fr: 'Les Vosges vous accueillent.', en: undefined }, portalIntro: undefined },
      modules: ['territory'],
    });
    expect(newTenantSchema.safeParse(input).success).toBe(true);
  });

  it('reports errors at the paths the API uses', () => {
    const result = newTenantSchema.safeParse(toNewTenantInput({ ...values, slug: 'Les Vosges', primaryColor: 'bleu', departementCode: '2C' }));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['slug', 'departementCode', 'branding.primaryColor']);
  });

  it('suggests an address identifier from the name', () => {
    expect(slugFrom('Département de la Meuse')).toBe('meuse');
    expect(slugFrom('Département des Landes')).toBe('landes');
    expect(slugFrom("Département de l'Ain")).toBe('ain');
    expect(slugFrom('Côte-d’Or')).toBe('cote-d-or');
  });

  it('measures contrast against white text', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21);
    expect(contrastWithWhite('#1d4f91')! > 4.5).toBe(true);
    expect(contrastWithWhite('#ffcc00')! < 4.5).toBe(true);
    expect(contrastWithWhite('blue')).toBeNull();
  });
});
