import { createI18n, isLocale, platformResources, type Locale } from '@ancrage/i18n';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';

// Convocations and PDFs are written in the tenant's language, outside the request's translator too.
const i18n = createI18n({ namespaces: { ...platformResources, [centreGovernanceModule.id]: centreGovernanceModule.locales } });

export function translatorFor(locale: string) {
  const language: Locale = isLocale(locale) ? locale : 'fr';
  return { locale: language, t: i18n.getFixedT(language, centreGovernanceModule.id) };
}
