import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { hashToken, newToken } from './tokens';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('un mot de passe solide');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'un mot de passe solide')).toBe(true);
    expect(await verifyPassword(hash, 'un autre mot de passe')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('tokens', () => {
  it('are random and stored only as their hash', () => {
    const a = newToken();
    const b = newToken();
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
