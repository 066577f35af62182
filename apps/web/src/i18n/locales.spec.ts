import { describe, expect, it } from 'vitest';
import { webNamespaces } from './web-i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it.each(Object.keys(webNamespaces))('namespace "%s" has the same keys in French and English', (namespace) => {
    const { fr, en } = webNamespaces[namespace]!;
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('names each language in itself, for the language switch', () => {
    expect(webNamespaces['common']?.fr).toMatchObject({ languageName: 'Français' });
    expect(webNamespaces['common']?.en).toMatchObject({ languageName: 'English' });
  });
});
