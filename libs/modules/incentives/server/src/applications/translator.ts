import { createI18n, isLocale, platformResources, type Locale } from '@ancrage/i18n';
import { incentivesModule } from '@ancrage/incentives-domain';

// Emails and the agreement are written in the tenant's language, also from background jobs (no request there).
const i18n = createI18n({ namespaces: { ...platformResources, [incentivesModule.id]: incentivesModule.locales } });

export function translatorFor(locale: string) {
  const language: Locale = isLocale(locale) ? locale : 'fr';
  return { locale: language, t: i18n.getFixedT(language) };
}
