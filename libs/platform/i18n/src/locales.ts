export const SUPPORTED_LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Picks a supported locale from a header such as `en-GB,en;q=0.9,fr;q=0.8`. */
export function pickLocale(acceptLanguage: string | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { language: tag.toLowerCase().split('-')[0], quality: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.quality - a.quality);
  return ranked.map((r) => r.language).find(isLocale) ?? fallback;
}
