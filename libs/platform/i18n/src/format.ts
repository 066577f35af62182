import type { Locale } from './locales';

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const PARIS = 'Europe/Paris';

export function formatNumber(value: number, locale: Locale = 'fr', options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale[locale], options).format(value);
}

export function formatEuros(value: number, locale: Locale = 'fr'): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'EUR' }).format(value);
}

export function formatDate(value: Date | string, locale: Locale = 'fr', style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: style === 'short' ? 'short' : 'long', timeZone: PARIS }).format(
    new Date(value),
  );
}

export function formatDateTime(value: Date | string, locale: Locale = 'fr'): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'short', timeStyle: 'short', timeZone: PARIS }).format(new Date(value));
}
