import { describe, expect, it } from 'vitest';
import { formatDate, formatEuros, formatNumber } from './format';
import { pickLocale } from './locales';
import { createI18n, platformResources } from './create-i18n';

// Intl uses narrow no-break spaces in French; normalise them for readable assertions.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('French formats', () => {
  it('formats euros, numbers and dates the French way', () => {
    expect(plain(formatEuros(12500.5))).toBe('12 500,50 €');
    expect(plain(formatNumber(187235))).toBe('187 235');
    expect(formatDate('2026-07-14T10:00:00Z')).toBe('14/07/2026');
    expect(formatDate('2026-07-14T10:00:00Z', 'fr', 'long')).toBe('14 juillet 2026');
  });

  it('formats in English on request', () => {
    expect(formatEuros(12500.5, 'en')).toBe('€12,500.50');
  });
});

describe('locale negotiation and translation', () => {
  it('picks the best supported language', () => {
    expect(pickLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(pickLocale('de-DE,de;q=0.9')).toBe('fr');
    expect(pickLocale(undefined)).toBe('fr');
  });

  it('translates platform errors in both languages', () => {
    const i18n = createI18n({ namespaces: platformResources });
    expect(i18n.t('errors:auth.invalidCredentials')).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(i18n.t('errors:auth.invalidCredentials', { lng: 'en' })).toBe('Incorrect email address or password.');
  });
});

describe('validation messages', async () => {
  const { z } = await import('zod');
  const { fieldErrors } = await import('./validation-messages');
  const schema = z.object({ email: z.email(), name: z.string().min(3), count: z.number().int().max(5), missing: z.string() });
  const issues = schema.safeParse({ email: 'nope', name: 'a', count: 9 }).error!.issues;

  it('says what is wrong with each field, in French by default', () => {
    const i18n = createI18n({ namespaces: platformResources });
    expect(fieldErrors(issues, i18n.t)).toEqual({
      email: ['Adresse e-mail invalide.'],
      name: ['Au moins 3 caractères.'],
      count: ['La valeur doit être au plus 5.'],
      missing: ['Ce champ est obligatoire.'],
    });
  });

  it('and in English', () => {
    const i18n = createI18n({ locale: 'en', namespaces: platformResources });
    expect(fieldErrors(issues, i18n.t).name).toEqual(['At least 3 characters.']);
  });
});
