import { describe, expect, it } from 'vitest';
import { slugOf } from './slug';

describe('scheme addresses', () => {
  it('turns a French name into a kebab-case address', () => {
    expect(slugOf("Bourse d'études – Médecine générale")).toBe('bourse-d-etudes-medecine-generale');
    expect(slugOf('  Aide à l’installation (CŒUR) ')).toBe('aide-a-l-installation-coeur');
  });

  it('keeps within 60 characters without a trailing dash', () => {
    const slug = slugOf(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
