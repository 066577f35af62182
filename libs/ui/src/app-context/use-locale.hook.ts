import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, formatDate, formatDateTime, formatEuros, formatNumber, isLocale, type Locale } from '@ancrage/i18n';

/** The language the page is shown in. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** The platform's formatters bound to the page's language (French formats by default). */
export function useFormatters() {
  const locale = useLocale();
  return {
    locale,
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
    euros: (value: number) => formatEuros(value, locale),
    date: (value: Date | string, style: 'short' | 'long' = 'short') => formatDate(value, locale, style),
    dateTime: (value: Date | string) => formatDateTime(value, locale),
  };
}
