import i18next, { type i18n, type Resource } from 'i18next';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from './locales';
import frCommon from './locales/fr/common.json';
import enCommon from './locales/en/common.json';
import frErrors from './locales/fr/errors.json';
import enErrors from './locales/en/errors.json';
import frEmails from './locales/fr/emails.json';
import enEmails from './locales/en/emails.json';
import frPlatform from './locales/fr/platform.json';
import enPlatform from './locales/en/platform.json';

export type NamespaceResources = Record<Locale, Record<string, unknown>>;

export const platformResources: Record<string, NamespaceResources> = {
  common: { fr: frCommon, en: enCommon },
  errors: { fr: frErrors, en: enErrors },
  emails: { fr: frEmails, en: enEmails },
  platform: { fr: frPlatform, en: enPlatform },
};

/** Merges namespaces (platform + one per module) into i18next's resource shape. */
export function buildResources(namespaces: Record<string, NamespaceResources>): Resource {
  const resources: Resource = {};
  for (const locale of SUPPORTED_LOCALES) {
    resources[locale] = {};
    for (const [namespace, byLocale] of Object.entries(namespaces)) {
      resources[locale][namespace] = byLocale[locale] as Record<string, string>;
    }
  }
  return resources;
}

/** A fresh, synchronously initialised i18next instance (French first, English complete). */
export function createI18n(options: { locale?: Locale; namespaces: Record<string, NamespaceResources> }): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: options.locale ?? DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: Object.keys(options.namespaces),
    defaultNS: 'common',
    resources: buildResources(options.namespaces),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
