import { createI18n, isLocale, platformResources, type Locale } from '@ancrage/i18n';
import { eventsModule } from '@ancrage/events-domain';

// Emails are written in the registrant's language, also from background jobs (no request there).
const i18n = createI18n({ namespaces: { ...platformResources, [eventsModule.id]: eventsModule.locales } });

export function translatorFor(locale: string) {
  const language: Locale = isLocale(locale) ? locale : 'fr';
  return { locale: language, t: i18n.getFixedT(language) };
}
