import { describe, expect, it } from 'vitest';
import { createTenantInput, loginInput, signupInput } from './index';

describe('shared input rules', () => {
  it('normalises email addresses as people type them', () => {
    expect(loginInput.parse({ email: '  Camille@Meuse.FR ', password: 'x' }).email).toBe('camille@meuse.fr');
    expect(loginInput.safeParse({ email: 'camille', password: 'x' }).success).toBe(false);
  });

  it('asks for 12 characters in a new password', () => {
    expect(signupInput.safeParse({ email: 'a@b.fr', password: 'court', displayName: 'Interne' }).success).toBe(false);
    expect(signupInput.safeParse({ email: 'a@b.fr', password: 'assez long oui', displayName: 'Interne' }).success).toBe(true);
  });

  it('carries translatable messages for tenant fields', () => {
    const result = createTenantInput.safeParse({ slug: 'Pas Bon', name: 'Vosges', departementCode: '88', branding: { primaryColor: 'bleu' } });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['common:platform.newTenant.slugFormat', 'common:platform.newTenant.colorFormat']);
  });
});
